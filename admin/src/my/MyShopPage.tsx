import { Box, Card, CardContent, Chip, FormControlLabel, Grid, Skeleton, Stack, Switch, Typography } from "@mui/material";
import { useState } from "react";
import { Title, useGetList, useLocaleState, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { formatPoints } from "../common/format";
import { useMyHousehold } from "../common/useMyHousehold";
import type { Product } from "../types";
import { ProductPhoto } from "../products/ProductPhoto";

/** One product: its price, what is left, and whether the household's points reach. */
const ProductCard = ({ product, balance, withPhoto }: { product: Product; balance: number; withPhoto: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const affordable = product.price <= balance;
  const soldOut = product.stock === 0;
  return (
    <Card variant="outlined" sx={{ height: "100%", opacity: soldOut ? 0.6 : 1 }} data-testid={`shop-${product.name}`}>
      {/* A square as wide as the card: two cards a row on a 360 px phone, never wider. */}
      {withPhoto && (
        <Box sx={{ p: 1, pb: 0 }}>
          <ProductPhoto product={product} size="fill" />
        </Box>
      )}
      <CardContent sx={{ p: 1.5, "&:last-child": { pb: 1.5 } }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
          {product.name}
        </Typography>
        <Typography variant="h6" color="primary" sx={{ fontVariantNumeric: "tabular-nums" }}>
          {formatPoints(product.price, locale)}
          <Typography component="span" variant="body2" color="text.secondary">
            {" "}
            {translate("app.my.shop.per_unit", { unit: product.unit })}
          </Typography>
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
          {soldOut ? translate("resources.products.sold_out") : translate("app.my.shop.in_stock", { stock: product.stock, unit: product.unit })}
        </Typography>
        {affordable ? (
          <Chip size="small" color="success" label={translate("app.my.shop.affordable", { smart_count: Math.min(Math.floor(balance / product.price), product.stock), unit: product.unit })} />
        ) : (
          <Chip size="small" variant="outlined" label={translate("app.my.shop.missing", { missing: formatPoints(product.price - balance, locale) })} />
        )}
      </CardContent>
    </Card>
  );
};

/** 积分超市 for a resident: the village shop's catalogue, with what its points can buy. */
export const MyShopPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: household } = useMyHousehold();
  const [onlyAffordable, setOnlyAffordable] = useState(false);
  const { data: products = [], isPending } = useGetList<Product>("products", {
    filter: { active: true },
    sort: { field: "price", order: "ASC" },
    pagination: { page: 1, perPage: 200 },
  });
  const balance = household?.balance ?? 0;
  const shown = onlyAffordable ? products.filter((p) => p.price <= balance) : products;
  // A shop without any photo shows no empty squares; with some, those without get one so the cards line up.
  const withPhotos = products.some((p) => p.attachments.length > 0);
  const affordableCount = products.filter((p) => p.price <= balance && p.stock > 0).length;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.menu.myShop" />
      <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", mb: 1 }}>
        {household ? (
          <Typography variant="body1" data-testid="shop-balance">
            {translate("app.my.shop.balance", { balance: formatPoints(balance, locale), count: affordableCount })}
          </Typography>
        ) : (
          <Skeleton width={220} />
        )}
        <FormControlLabel
          control={<Switch checked={onlyAffordable} onChange={(e) => setOnlyAffordable(e.target.checked)} />}
          label={translate("app.my.shop.only_affordable")}
        />
      </Stack>
      {/* What the points can buy shows once the balance is known, never against a stand-in 0. */}
      {isPending || !household ? null : shown.length === 0 ? (
        <EmptyState message={products.length === 0 ? "app.my.shop.empty" : "app.my.shop.none_affordable"} />
      ) : (
        <Grid container spacing={1.5}>
          {shown.map((product) => (
            <Grid key={product.id} size={{ xs: 6, sm: 4, md: 3 }}>
              <ProductCard product={product} balance={balance} withPhoto={withPhotos} />
            </Grid>
          ))}
        </Grid>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {translate("app.my.shop.how_to")}
      </Typography>
    </Box>
  );
};
