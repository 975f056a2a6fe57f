import { Alert, Box, Button, Card, CardActionArea, CardContent, CardHeader, Grid, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { useCanAccess, useGetList, useTranslate } from "react-admin";
import { useSessionUser } from "../common/session";
import type { CivicMatter } from "./civicTypes";

type Filter = Record<string, unknown>;

const boardLink = (filter: Filter) => `/civicMatters?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** How many matters of the user's scope a filter holds (the server counts, up to its cap: then "10000+"). */
const useCount = (filter: Filter, enabled: boolean): string | undefined => {
  const { total, meta } = useGetList<CivicMatter>("civicMatters", { filter, pagination: { page: 1, perPage: 1 } }, { enabled });
  if (total !== undefined) return String(total);
  const atLeast = (meta as { atLeast?: number } | undefined)?.atLeast;
  return atLeast === undefined ? undefined : `${atLeast}+`;
};

const Tile = ({ label, count, filter, color }: { label: string; count: string | undefined; filter: Filter; color?: string }) => {
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 6, sm: 3 }}>
      <Card variant="outlined">
        <CardActionArea component={Link} to={boardLink(filter)} data-testid={`civic-tile-${label}`}>
          <Box sx={{ p: 1.5 }}>
            <Typography variant="caption" color="text.secondary">
              {translate(`app.civic.dashboard.${label}`)}
            </Typography>
            <Typography variant="h4" sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums", color: count && count !== "0" ? color : undefined }}>
              {count ?? "…"}
            </Typography>
          </Box>
        </CardActionArea>
      </Card>
    </Grid>
  );
};

/**
 * 民事直说 on a staff member's home: what waits in their scope — to assign,
 * in hand, overdue, to visit — each a link to the board so filtered.
 * Department staff count their department's matters.
 */
export const CivicWorkCard = () => {
  const translate = useTranslate();
  const user = useSessionUser();
  const { canAccess } = useCanAccess({ resource: "civicMatters", action: "list" });
  const enabled = canAccess === true && user?.role !== "RESIDENT";
  const mine: Filter = user?.role === "DEPARTMENT_STAFF" && user.departmentId ? { departmentId: user.departmentId } : {};
  const received = useCount({ ...mine, status: "RECEIVED" }, enabled);
  const open = useCount({ ...mine, statuses: ["ASSIGNED", "IN_PROGRESS"] }, enabled);
  const overdue = useCount({ ...mine, overdue: true }, enabled);
  const resolved = useCount({ ...mine, status: "RESOLVED" }, enabled);
  if (!enabled) return null;
  return (
    <Card>
      <CardHeader title={translate("app.civic.dashboard.title")} />
      <CardContent sx={{ pt: 0 }}>
        <Grid container spacing={1.5}>
          <Tile label="received" count={received} filter={{ ...mine, status: "RECEIVED" }} color="info.main" />
          <Tile label="open" count={open} filter={{ ...mine, statuses: ["ASSIGNED", "IN_PROGRESS"] }} />
          <Tile label="overdue" count={overdue} filter={{ ...mine, overdue: true }} color="error.main" />
          <Tile label="resolved" count={resolved} filter={{ ...mine, status: "RESOLVED" }} color="success.main" />
        </Grid>
      </CardContent>
    </Card>
  );
};

/** A resident's home: its matters resolved and waiting for its rating, or the way to raise one. */
export const MyCivicCard = () => {
  const translate = useTranslate();
  const { data, total: toRate } = useGetList<CivicMatter>("civicMatters", { filter: { status: "RESOLVED" }, pagination: { page: 1, perPage: 1 } });
  const first = data?.[0];
  return toRate && first ? (
    <Alert
      severity="success"
      action={
        <Button component={Link} to={`/civicMatters/${first.id}/show`} size="small">
          {translate("app.civic.dashboard.rate_now")}
        </Button>
      }
    >
      {translate("app.civic.dashboard.to_rate", { smart_count: toRate })}
    </Alert>
  ) : (
    <Alert
      severity="info"
      icon={false}
      action={
        <Button component={Link} to="/civicMatters/create" size="small">
          {translate("app.civic.my.submit")}
        </Button>
      }
    >
      {translate("app.civic.dashboard.raise")}
    </Alert>
  );
};
