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
import type { RankingOrder } from "../gql/graphql";

const RankingList = ({ rows, color }: { rows: RankingRow[]; color: string }) => {
  const [locale] = useLocaleState();
  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.householdId} disableGutters secondaryAction={<Typography sx={{ fontWeight: 600 }}>{formatDelta(row.earned, locale)}</Typography>}>
          <ListItemAvatar sx={{ minWidth: 40 }}>
            <Avatar sx={{ width: 28, height: 28, fontSize: 14, bgcolor: color }}>{row.rank}</Avatar>
          </ListItemAvatar>
          <ListItemText primary={row.headName} secondary={row.householdNumber} />
        </ListItem>
      ))}
    </List>
  );
};

/** 红黑榜: the village's households by points earned in the year, top and bottom five. */
export const RankingCard = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const user = useSessionUser();
  const dataProvider = useCunwuDataProvider();
  const villageId = user?.role === "VILLAGE_COMMITTEE" ? user.villageId : null;
  const query = (order: RankingOrder) => ({
    queryKey: ["pointsRanking", villageId, year, order],
    queryFn: () => dataProvider.pointsRanking({ villageId: villageId!, from: `${year}-01-01`, to: `${year}-12-31`, order, limit: 5 }),
    enabled: villageId !== null,
    retry: false,
  });
  const { data: top } = useQuery(query("TOP"));
  const { data: bottom } = useQuery(query("BOTTOM"));
  if (!top?.length || !bottom) return null;
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
            <RankingList rows={top} color="#d32f2f" />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Typography variant="subtitle2" color="text.secondary" gutterBottom>
              {translate("app.dashboard.ranking.bottom")}
            </Typography>
            <RankingList rows={bottom} color="#616161" />
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
};
