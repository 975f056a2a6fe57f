import MenuBookIcon from "@mui/icons-material/MenuBook";
import StorefrontIcon from "@mui/icons-material/Storefront";
import { Box, Button, Card, CardContent, Skeleton, Stack, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { ReferenceField, TextField, useLocaleState, useTranslate, RecordContextProvider } from "react-admin";
import { formatPoints } from "../common/format";
import { useMyHousehold } from "../common/useMyHousehold";

/** A resident's balance, big, with the ways to the passbook and the shop. */
export const MyBalanceCard = ({ links = true }: { links?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: household, isPending } = useMyHousehold();
  return (
    <Card
      sx={{
        color: "primary.contrastText",
        background: (theme) => `linear-gradient(135deg, ${theme.palette.primary.main} 0%, ${theme.palette.primary.dark} 100%)`,
      }}
    >
      <CardContent>
        {isPending || !household ? (
          <Skeleton variant="rounded" height={96} sx={{ bgcolor: "rgba(255,255,255,0.2)" }} />
        ) : (
          <RecordContextProvider value={household}>
            <Typography variant="body2" sx={{ opacity: 0.85 }}>
              <ReferenceField source="villageId" reference="villages" link={false}>
                <TextField source="name" sx={{ color: "inherit" }} />
              </ReferenceField>
              {" · "}
              {household.number} {household.headName}
            </Typography>
            <Typography variant="body2" sx={{ mt: 2, opacity: 0.85 }}>
              {translate("app.my.balance")}
            </Typography>
            <Box sx={{ display: "flex", alignItems: "baseline", gap: 1 }} data-testid="my-balance">
              <Typography variant="h2" component="div" sx={{ fontWeight: 700, fontVariantNumeric: "tabular-nums" }}>
                {formatPoints(household.balance, locale)}
              </Typography>
              <Typography variant="h6" component="span">
                {translate("app.common.points_unit")}
              </Typography>
            </Box>
          </RecordContextProvider>
        )}
        {links && (
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button component={Link} to="/my/points" variant="contained" color="inherit" startIcon={<MenuBookIcon />} sx={{ color: "primary.dark" }}>
              {translate("app.menu.myPoints")}
            </Button>
            <Button component={Link} to="/my/shop" variant="outlined" color="inherit" startIcon={<StorefrontIcon />}>
              {translate("app.menu.myShop")}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
