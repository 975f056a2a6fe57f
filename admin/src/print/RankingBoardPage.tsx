import { Alert, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useGetOne, useLocaleState, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { formatDelta } from "../common/format";
import { useErrorText } from "../common/useErrorText";
import { YearPicker } from "../dashboard/ReportPickers";
import { yearPeriod } from "../dashboard/reports";
import type { RankingBoard, RankingRow } from "../providers/actions";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { Village } from "../types";
import { PrintSheet } from "./PrintSheet";
import { useVillageParam } from "./useVillageParam";
import { VillagePicker } from "./VillagePicker";

const Board = ({ testId, heading, color, rows, empty }: { testId: string; heading: string; color: string; rows: RankingRow[]; empty: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`app.print.ranking.columns.${key}`);
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ color, mb: 1 }}>
        {heading}
      </Typography>
      {rows.length === 0 ? (
        <Typography data-testid={testId} sx={{ py: 2 }}>
          {empty}
        </Typography>
      ) : (
        <Table size="small" data-testid={testId}>
          <TableHead>
            <TableRow sx={{ "& th": { whiteSpace: "nowrap" } }}>
              <TableCell sx={{ width: 56 }}>{t("rank")}</TableCell>
              <TableCell>{t("number")}</TableCell>
              <TableCell>{t("head")}</TableCell>
              <TableCell align="right">{t("earned")}</TableCell>
              <TableCell align="right">{t("deducted")}</TableCell>
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
                <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                  {row.deducted > 0 ? row.deducted : "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
};

/** The rule as the server words it, in the console's language. */
export const ruleText = (board: Pick<RankingBoard, "rule">, locale: string) => (locale.startsWith("zh") ? board.rule.zh : board.rule.en);

/**
 * 红黑榜: a village's red and black lists for a year, drawn by the server
 * (pointsRanking) to the village's own setting, with the rule it printed.
 */
export const RankingBoardPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const errorText = useErrorText();
  const dataProvider = useCunwuDataProvider();
  const { villageId, choosesVillage, setVillage, year, setYear } = useVillageParam();
  const t = (key: string, options?: object) => translate(`app.print.ranking.${key}`, options);
  const { data: village } = useGetOne<Village>("villages", { id: villageId ?? "" }, { enabled: Boolean(villageId) });
  const board = useQuery({
    queryKey: ["pointsRanking", villageId, year],
    queryFn: () => dataProvider.pointsRanking({ villageId: villageId!, ...yearPeriod(year) }),
    enabled: Boolean(villageId),
    retry: false,
  });
  const { from, to } = yearPeriod(year);
  return (
    <PrintSheet
      testId="ranking-board"
      title={village ? t("title", { village: village.name, year }) : t("title_plain", { year })}
      subtitle={t("subtitle", { from, to })}
      loading={Boolean(villageId) && board.isPending}
      controls={
        <>
          {choosesVillage && <VillagePicker villageId={villageId} onChange={setVillage} />}
          <YearPicker year={year} onChange={setYear} />
        </>
      }
    >
      {!villageId && <EmptyState message="app.print.choose_village" />}
      {board.error && <Alert severity="error">{errorText(board.error)}</Alert>}
      {board.data && (
        <>
          <Grid container spacing={4} className="print-columns">
            <Grid size={{ xs: 12, sm: 6 }}>
              <Board testId="ranking-top" heading={t("top")} color="#c62828" rows={board.data.red} empty={t("top_empty")} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <Board testId="ranking-bottom" heading={t("bottom")} color="#424242" rows={board.data.black} empty={t("bottom_empty")} />
            </Grid>
          </Grid>
          <Typography variant="body2" data-testid="ranking-rule" sx={{ mt: 3 }}>
            <strong>{t("rule")}</strong>
            {ruleText(board.data, locale)}
          </Typography>
        </>
      )}
    </PrintSheet>
  );
};
