import AddCircleIcon from "@mui/icons-material/AddCircle";
import CampaignIcon from "@mui/icons-material/Campaign";
import ShoppingCartIcon from "@mui/icons-material/ShoppingCart";
import { Button, Card, CardContent, CardHeader, Stack } from "@mui/material";
import { Link } from "react-router-dom";
import { useGetList, useTranslate } from "react-admin";
import type { AwardBatch } from "../types";
import { useRoleAccess } from "../common/useRoleAccess";

/** The committee's everyday work, one click away; batches on publicity counted. */
export const QuickActions = () => {
  const translate = useTranslate();
  const canAward = useRoleAccess("award", "use");
  const canCheckout = useRoleAccess("checkout", "use");
  const { total: onPublicity } = useGetList<AwardBatch>(
    "awardBatches",
    { filter: { status: "ON_PUBLICITY" }, pagination: { page: 1, perPage: 1 } },
    { enabled: canAward === true },
  );
  if (!canAward && !canCheckout) return null;
  return (
    <Card>
      <CardHeader title={translate("app.dashboard.quick.title")} />
      <CardContent>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          {canAward && (
            <Button component={Link} to="/award" variant="contained" size="large" startIcon={<AddCircleIcon />}>
              {translate("app.menu.award")}
            </Button>
          )}
          {canCheckout && (
            <Button component={Link} to="/checkout" variant="contained" size="large" color="secondary" startIcon={<ShoppingCartIcon />}>
              {translate("app.menu.checkout")}
            </Button>
          )}
          {canAward && (
            <Button
              component={Link}
              to={`/awardBatches?filter=${encodeURIComponent(JSON.stringify({ status: "ON_PUBLICITY" }))}`}
              variant="outlined"
              size="large"
              startIcon={<CampaignIcon />}
            >
              {translate("app.dashboard.quick.on_publicity", { smart_count: onPublicity ?? 0 })}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
