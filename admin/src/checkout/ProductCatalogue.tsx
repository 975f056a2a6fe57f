import AddIcon from "@mui/icons-material/Add";
import RemoveIcon from "@mui/icons-material/Remove";
import { alpha, Box, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { formatPoints } from "../common/format";
import type { Product } from "../types";
import { setQuantity, type Cart } from "./cart";

interface ProductCatalogueProps {
  products: readonly Product[];
  cart: Cart;
  onChange: (cart: Cart) => void;
  /** the product the server said is short, highlighted */
  shortProductId?: string;
}

/** The village shop's active products with a quantity stepper each. */
export const ProductCatalogue = ({ products, cart, onChange, shortProductId }: ProductCatalogueProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`app.checkout.columns.${key}`);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t("product")}</TableCell>
          <TableCell align="right">{t("price")}</TableCell>
          <TableCell align="right">{t("stock")}</TableCell>
          <TableCell align="center">{t("quantity")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {products.map((product) => {
          const quantity = cart[product.id] ?? 0;
          const soldOut = product.stock === 0;
          return (
            <TableRow
              key={product.id}
              selected={quantity > 0}
              sx={
                product.id === shortProductId
                  ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.1), "& td": { color: "error.dark", fontWeight: 600 } }
                  : undefined
              }
              data-testid={`product-${product.name}`}
            >
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {product.name}
                </Typography>
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
                {translate("app.checkout.price_per", { price: formatPoints(product.price, locale), unit: product.unit })}
              </TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums", color: soldOut ? "error.main" : undefined }}>
                {soldOut ? translate("resources.products.sold_out") : `${product.stock} ${product.unit}`}
              </TableCell>
              <TableCell align="center">
                <Stack direction="row" sx={{ alignItems: "center", justifyContent: "center" }}>
                  <IconButton
                    size="small"
                    aria-label={translate("app.checkout.less")}
                    disabled={quantity === 0}
                    onClick={() => onChange(setQuantity(cart, product, quantity - 1))}
                  >
                    <RemoveIcon fontSize="small" />
                  </IconButton>
                  <TextField
                    size="small"
                    variant="outlined"
                    value={quantity}
                    disabled={soldOut}
                    onChange={(e) => onChange(setQuantity(cart, product, Number(e.target.value)))}
                    slotProps={{ htmlInput: { inputMode: "numeric", style: { textAlign: "center", width: 32, padding: "6px 4px" }, "aria-label": product.name } }}
                  />
                  <IconButton
                    size="small"
                    aria-label={translate("app.checkout.more")}
                    disabled={quantity >= product.stock}
                    onClick={() => onChange(setQuantity(cart, product, quantity + 1))}
                    data-testid={`add-${product.name}`}
                  >
                    <AddIcon fontSize="small" />
                  </IconButton>
                </Stack>
              </TableCell>
            </TableRow>
          );
        })}
        {products.length === 0 && (
          <TableRow>
            <TableCell colSpan={4}>
              <Box sx={{ textAlign: "center", color: "text.secondary", py: 3 }}>{translate("app.checkout.no_products")}</Box>
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
};
