import { Alert, Box, Button, Card, CardActionArea, CardContent, CardHeader, Grid, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { useGetList, useTranslate } from "react-admin";
import { useSessionUser } from "../common/session";
import type { CivicMatter } from "./civicTypes";
import { useRoleAccess } from "../common/useRoleAccess";

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
    <Grid size={{ xs: 6, sm: "grow" }} sx={{ minWidth: { sm: 150 } }}>
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

const HANDLED = ["ASSIGNED", "IN_PROGRESS"];

/**
 * A unit's inbox (DEPARTMENT_STAFF): its own part of the matters, by the
 * server's filters on the caller's assignment — to accept, in hand, due
 * within 2 working days, overdue, a 督办 to answer — each a link to the
 * board filtered to exactly it.
 */
const unitTiles: { label: string; filter: Filter; color?: string }[] = [
  { label: "awaiting", filter: { myAssignmentState: "PENDING", statuses: HANDLED }, color: "warning.main" },
  { label: "in_hand", filter: { myAssignmentState: "ACCEPTED", statuses: HANDLED } },
  { label: "due_soon", filter: { myDueWithinWorkingDays: 2 }, color: "warning.main" },
  { label: "my_overdue", filter: { myOverdue: true }, color: "error.main" },
  { label: "supervision_waiting", filter: { supervisionAwaitingMyAnswer: true }, color: "error.main" },
];

/** What waits in the area a staff member oversees: to assign, in hand, overdue, to visit. */
const areaTiles: { label: string; filter: Filter; color?: string }[] = [
  { label: "received", filter: { status: "RECEIVED" }, color: "info.main" },
  { label: "open", filter: { statuses: HANDLED } },
  { label: "overdue", filter: { overdue: true }, color: "error.main" },
  { label: "resolved", filter: { status: "RESOLVED" }, color: "success.main" },
];

const CountedTile = ({ label, filter, color, enabled }: { label: string; filter: Filter; color?: string; enabled: boolean }) => (
  <Tile label={label} count={useCount(filter, enabled)} filter={filter} color={color} />
);

/**
 * 民事直说 on a staff member's home: what waits for them, each a link to the
 * board so filtered. A department counts its own part of its matters; the
 * others what waits in their scope.
 */
export const CivicWorkCard = () => {
  const translate = useTranslate();
  const user = useSessionUser();
  const canAccess = useRoleAccess("civicMatters", "list");
  const enabled = canAccess === true && user?.role !== "RESIDENT";
  const tiles = user?.role === "DEPARTMENT_STAFF" ? unitTiles : areaTiles;
  if (!enabled) return null;
  return (
    <Card>
      <CardHeader title={translate("app.civic.dashboard.title")} />
      <CardContent sx={{ pt: 0 }}>
        <Grid container spacing={1.5}>
          {tiles.map((tile) => (
            <CountedTile key={tile.label} {...tile} enabled={enabled} />
          ))}
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
