import { Box, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { entryDays, formatDay, formatPoints } from "../common/format";
import { useShortfallText } from "../common/fields";
import { useIsSmall } from "../common/useIsSmall";
import type { Passbook, PointEntry } from "../types";
import { useEnumWord } from "../common/useResidentWords";
import { PhotoCount } from "../photos/PhotoCount";

const amount = (value: number, locale: string) => (value === 0 ? "" : formatPoints(value, locale));

/**
 * One line's words. The server's reasons already say 兑换 / 取消兑换 / 冲正,
 * and an award's is its rule; only a deduction is named as one.
 */
const useSummary = () => {
  const translate = useTranslate();
  const shortfall = useShortfallText();
  return (entry: PointEntry) => {
    if (entry.kind !== "DEDUCTION") return entry.reason;
    const short = shortfall(entry);
    return `${translate("enums.EntryKind.DEDUCTION")} · ${entry.reason}${short ? `（${short}）` : ""}`;
  };
};

/** On a phone: one card per entry (newest posted first), its deed's day and the day it was recorded, the change on the right, the balance under it. */
const PassbookCards = ({ passbook }: { passbook: Passbook }) => {
  const translate = useTranslate();
  const word = useEnumWord();
  const shortfall = useShortfallText();
  const [locale] = useLocaleState();
  return (
    <Stack divider={<Box sx={{ borderBottom: 1, borderColor: "divider" }} />}>
      {[...passbook.entries].reverse().map((entry) => (
        <Stack key={entry.id} direction="row" spacing={1} sx={{ py: 1.25, alignItems: "center" }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {entry.reason} <PhotoCount photos={entry.attachments} />
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate("app.passbook.deed_on", { day: entry.deedDate })} · {word("EntryKind", entry.kind)}
              {shortfall(entry) ? ` · ${shortfall(entry)}` : ""}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate("app.passbook.recorded_on", { day: entryDays(entry).recorded })}
            </Typography>
          </Box>
          <Box sx={{ textAlign: "right" }}>
            <Typography
              variant="body1"
              sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums", color: entry.delta > 0 ? "success.main" : "error.main" }}
            >
              {entry.delta > 0 ? "+" : "−"}
              {formatPoints(Math.abs(entry.delta), locale)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate("app.passbook.balance_after", { balance: formatPoints(entry.balanceAfter, locale) })}
            </Typography>
          </Box>
        </Stack>
      ))}
    </Stack>
  );
};

/** The bank-book layout, in the order posted: 记账日期, summary, 事迹日期, in, out, balance; as printed. */
const PassbookLedger = ({ passbook }: { passbook: Passbook }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const summary = useSummary();
  const t = (key: string) => translate(`app.passbook.columns.${key}`);
  const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;
  return (
    <Table size="small" className="passbook-table">
      <TableHead>
        <TableRow>
          <TableCell>{t("date")}</TableCell>
          <TableCell>{t("summary")}</TableCell>
          <TableCell>{t("deedDate")}</TableCell>
          <TableCell align="right">{t("in")}</TableCell>
          <TableCell align="right">{t("out")}</TableCell>
          <TableCell align="right">{t("balance")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        <TableRow>
          <TableCell />
          <TableCell sx={{ color: "text.secondary" }}>{translate("app.passbook.opening")}</TableCell>
          <TableCell />
          <TableCell />
          <TableCell />
          <TableCell align="right" sx={numeric}>
            {formatPoints(passbook.openingBalance, locale)}
          </TableCell>
        </TableRow>
        {passbook.entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell sx={numeric}>{formatDay(entry.recordedAt)}</TableCell>
            <TableCell>
              {summary(entry)}
              <span className="no-print">
                {" "}
                <PhotoCount photos={entry.attachments} />
              </span>
            </TableCell>
            <TableCell sx={numeric}>{entry.deedDate}</TableCell>
            <TableCell align="right" sx={{ ...numeric, color: "success.main" }}>
              {amount(Math.max(entry.delta, 0), locale)}
            </TableCell>
            <TableCell align="right" sx={{ ...numeric, color: "error.main" }}>
              {amount(Math.max(-entry.delta, 0), locale)}
            </TableCell>
            <TableCell align="right" sx={{ ...numeric, fontWeight: 500 }}>
              {formatPoints(entry.balanceAfter, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter sx={{ "& td": { fontSize: "0.875rem", color: "text.primary" } }}>
        <TableRow>
          <TableCell />
          <TableCell sx={{ fontWeight: 600 }}>{translate("app.passbook.totals")}</TableCell>
          <TableCell />
          <TableCell align="right" sx={{ ...numeric, fontWeight: 600 }}>
            {formatPoints(passbook.totalIn, locale)}
          </TableCell>
          <TableCell align="right" sx={{ ...numeric, fontWeight: 600 }}>
            {formatPoints(passbook.totalOut, locale)}
          </TableCell>
          <TableCell align="right" sx={{ ...numeric, fontWeight: 600 }}>
            {formatPoints(passbook.closingBalance, locale)}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
};

export const PassbookTable = ({ passbook, forceTable = false }: { passbook: Passbook; forceTable?: boolean }) => {
  const isSmall = useIsSmall();
  return isSmall && !forceTable ? <PassbookCards passbook={passbook} /> : <PassbookLedger passbook={passbook} />;
};
