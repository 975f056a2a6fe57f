import { Alert, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useGetOne, useLocaleState, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { formatDelta } from "../common/format";
import { useErrorText } from "../common/useErrorText";
import { YearPicker } from "../dashboard/ReportPickers";
import { yearPeriod } from "../dashboard/reports";
import type { RankingRow } from "../providers/actions";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { Village } from "../types";
import { PrintSheet } from "./PrintSheet";
import { useVillageParam } from "./useVillageParam";
import { VillagePicker } from "./VillagePicker";
import type { RankingOrder } from "../gql/graphql";

/**
 * How many households each side of the board lists: twenty, or half the
 * village's households when it has fewer than forty, so a small village's
 * red and black boards do not list the same households (a tie at the middle
 * aside).
 */
export const boardSize = (householdCount: number): number => Math.max(1, Math.min(20, Math.floor(householdCount / 2)));

const Board = ({ testId, heading, color, rows }: { testId: string; heading: string; color: string; rows: RankingRow[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`app.print.ranking.columns.${key}`);
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ color, mb: 1 }}>
        {heading}
      </Typography>
      <Table size="small" data-testid={testId}>
        <TableHead>
          <TableRow sx={{ "& th": { whiteSpace: "nowrap" } }}>
            <TableCell sx={{ width: 56 }}>{t("rank")}</TableCell>
            <TableCell>{t("number")}</TableCell>
            <TableCell>{t("head")}</TableCell>
            <TableCell align="right">{t("earned")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.householdId}>
              <TableCell sx={{ fontWeight: 600 }}>{row.rank}</TableCell>
              <TableCell>{row.householdNumber}</TableCell>
              <TableCell>{row.headName}</TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums", fontWeight: 600 }}>
                {formatDelta(row.earned, locale)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};

/**
 * 红黑榜: a village's households by points earned in a year (the server's
 * pointsRanking): the most on the red board, the fewest on the black one.
 */
export const RankingBoardPage = () => {
  const translate = useTranslate();
  const errorText = useErrorText();
  const dataProvider = useCunwuDataProvider();
  const { villageId, choosesVillage, setVillage, year, setYear } = useVillageParam();
  const t = (key: string, options?: object) => translate(`app.print.ranking.${key}`, options);
  const { data: village } = useGetOne<Village>("villages", { id: villageId ?? "" }, { enabled: Boolean(villageId) });
  const size = village ? boardSize(village.householdCount) : 0;
  const board = (order: RankingOrder) => ({
    queryKey: ["pointsRanking", villageId, year, order, size],
    queryFn: () => dataProvider.pointsRanking({ villageId: villageId!, ...yearPeriod(year), order, limit: size }),
    enabled: Boolean(villageId) && size > 0,
    retry: false,
  });
  const top = useQuery(board("TOP"));
  const bottom = useQuery(board("BOTTOM"));
  const error = top.error ?? bottom.error;
  const { from, to } = yearPeriod(year);
  return (
    <PrintSheet
      testId="ranking-board"
      title={village ? t("title", { village: village.name, year }) : t("title_plain", { year })}
      subtitle={t("subtitle", { from, to })}
      loading={Boolean(villageId) && (top.isPending || bottom.isPending)}
      controls={
        <>
          {choosesVillage && <VillagePicker villageId={villageId} onChange={setVillage} />}
          <YearPicker year={year} onChange={setYear} />
        </>
      }
    >
      {!villageId && <EmptyState message="app.print.choose_village" />}
      {error && <Alert severity="error">{errorText(error)}</Alert>}
      {top.data && top.data.length === 0 && <EmptyState message="app.print.ranking.empty" />}
      {top.data && top.data.length > 0 && bottom.data && (
        <Grid container spacing={4} className="print-columns">
          <Grid size={{ xs: 12, sm: 6 }}>
            <Board testId="ranking-top" heading={t("top")} color="#c62828" rows={top.data} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Board testId="ranking-bottom" heading={t("bottom")} color="#424242" rows={bottom.data} />
          </Grid>
        </Grid>
      )}
    </PrintSheet>
  );
};
