import { useState } from "react";
import { Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { formatPoints } from "../common/format";
import type { CivicYear } from "./reports";

type Unit = CivicYear["departmentWorkload"][number];
const FIGURES = ["open", "overdue", "partsUnreported", "supervisionsOverdue"] as const;
const FIRST = 10;

/** Units with anything to show, the most overdue first: who is behind is what staff look for. */
const behindFirst = (units: readonly Unit[]) =>
  units
    .filter((unit) => FIGURES.some((figure) => unit[figure] > 0))
    .sort((a, b) => b.overdue - a.overdue || b.supervisionsOverdue - a.supervisionsOverdue || b.partsUnreported - a.partsUnreported || b.open - a.open);

/**
 * 各单位办理情况: each department's open assignments, those overdue, the
 * 联办 parts it left unreported and its overdue 督办, as civicReport's
 * departmentWorkload counts them (each column's meaning is the server's).
 */
export const UnitWorkload = ({ units }: { units: readonly Unit[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [all, setAll] = useState(false);
  const t = (key: string, options?: object) => translate(`app.reports.civic.workload.${key}`, options);
  const rows = behindFirst(units);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, FIRST);
  return (
    <>
      <Typography variant="subtitle2" gutterBottom sx={{ mt: 3 }}>
        {t("title")}
      </Typography>
      <TableContainer>
        <Table size="small" data-testid="unit-workload" aria-label={t("title")}>
          <TableHead>
            <TableRow>
              <TableCell>{t("unit")}</TableCell>
              {FIGURES.map((figure) => (
                <TableCell key={figure} align="right">
                  {t(figure)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((unit) => (
              <TableRow key={unit.departmentId}>
                <TableCell component="th" scope="row">
                  {unit.name}
                </TableCell>
                {FIGURES.map((figure) => (
                  <TableCell key={figure} align="right" sx={figure !== "open" && unit[figure] > 0 ? { color: "error.main", fontWeight: 700 } : undefined}>
                    {formatPoints(unit[figure], locale)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > FIRST && (
        <Button size="small" onClick={() => setAll(!all)} className="no-print">
          {all ? t("fewer", { count: FIRST }) : t("all", { count: rows.length })}
        </Button>
      )}
    </>
  );
};
