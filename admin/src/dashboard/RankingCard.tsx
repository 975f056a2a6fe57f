import PrintIcon from "@mui/icons-material/Print";
import { Button, Card, CardContent, CardHeader, Grid, List, ListItem, ListItemAvatar, Avatar, ListItemText, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { useLocaleState, useTranslate } from "react-admin";
import { formatDelta } from "../common/format";
import { useSessionUser } from "../common/session";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { RankingRow } from "../providers/actions";
import { reportQuery } from "./useReportParams";

/** `points`: what the list ranks by (net points on the red list, points deducted on the black one). */
const RankingList = ({ rows, color, points }: { rows: RankingRow[]; color: string; points: (row: RankingRow) => number }) => {
  const [locale] = useLocaleState();
  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.householdId} disableGutters secondaryAction={<Typography sx={{ fontWeight: 600 }}>{formatDelta(points(row), locale)}</Typography>}>
          <ListItemAvatar sx={{ minWidth: 40 }}>
            <Avatar sx={{ width: 28, height: 28, fontSize: 14, bgcolor: color }}>{row.rank}</Avatar>
          </ListItemAvatar>
          <ListItemText primary={row.headName} secondary={row.householdNumber} />
        </ListItem>
      ))}
    </List>
  );
};

/** 红黑榜: the village's red and black lists for the year, their first five ranks (the print has them all). */
export const RankingCard = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const user = useSessionUser();
  const dataProvider = useCunwuDataProvider();
  const villageId = user?.role === "VILLAGE_COMMITTEE" ? user.villageId : null;
  const { data: board } = useQuery({
    queryKey: ["pointsRanking", villageId, year, 5],
    queryFn: () => dataProvider.pointsRanking({ villageId: villageId!, from: `${year}-01-01`, to: `${year}-12-31`, limit: 5 }),
    enabled: villageId !== null,
    retry: false,
  });
  if (!board || (board.red.length === 0 && board.black.length === 0)) return null;
  return (
    <Card data-testid="ranking-card">
      <CardHeader
        title={translate("app.dashboard.ranking.title", { year })}
        action={
          <Button component={Link} to={`/print/ranking${reportQuery({ year })}`} startIcon={<PrintIcon />} className="no-print">
            {translate("app.print.ranking.link")}
          </Button>
        }
      />
      <CardContent>
        <Grid container spacing={4}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Typography variant="subtitle2" color="error.main" gutterBottom>
              {translate("app.dashboard.ranking.top")}
            </Typography>
            <RankingList rows={board.red} color="#d32f2f" points={(row) => row.earned} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Typography variant="subtitle2" color="text.secondary" gutterBottom>
              {translate("app.dashboard.ranking.bottom")}
            </Typography>
            {board.black.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate("app.dashboard.ranking.bottom_empty")}
              </Typography>
            ) : (
              <RankingList rows={board.black} color="#616161" points={(row) => -row.deducted} />
            )}
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
};
