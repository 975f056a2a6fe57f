import { MenuItem, TextField } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";
import type { Township } from "../types";
import { pickableYears } from "./useReportParams";

/** The year a report covers (district years). */
export const YearPicker = ({ year, onChange }: { year: number; onChange: (year: number) => void }) => {
  const translate = useTranslate();
  const years = pickableYears();
  return (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={translate("app.reports.year")}
      value={year}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ minWidth: 110 }}
      slotProps={{ htmlInput: { "data-testid": "year-picker" } }}
    >
      {(years.includes(year) ? years : [year, ...years]).map((y) => (
        <MenuItem key={y} value={y}>
          {translate("app.reports.year_value", { year: y })}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** The whole district, or one of its townships (district roles). */
export const TownshipPicker = ({ townshipId, onChange }: { townshipId: string | null; onChange: (id: string | null) => void }) => {
  const translate = useTranslate();
  const { data: townships = [] } = useGetList<Township>("townships", {
    pagination: { page: 1, perPage: 200 },
    sort: { field: "code", order: "ASC" },
  });
  return (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={translate("app.reports.area")}
      value={townshipId ?? ""}
      onChange={(e) => onChange(e.target.value || null)}
      sx={{ minWidth: 180 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "township-picker" } }}
    >
      <MenuItem value="">{translate("app.reports.whole_district")}</MenuItem>
      {townships.map((t) => (
        <MenuItem key={t.id} value={t.id}>
          {t.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
