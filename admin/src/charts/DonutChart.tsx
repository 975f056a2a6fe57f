import { Box, Stack } from "@mui/material";
import { useId } from "react";
import { Legend } from "./BarChart";
import { arcPath, arcs, formatPercent } from "./scale";

export interface DonutSlice {
  name: string;
  color: string;
  value: number;
}

/**
 * Shares of a whole (e.g. the channel mix) as a donut with the total in the
 * middle and a legend that states each slice's count and share as text.
 */
export const DonutChart = ({
  title,
  slices,
  centerLabel,
  format = String,
  size = 150,
  testId,
}: {
  title: string;
  slices: readonly DonutSlice[];
  /** under the total in the hole, e.g. "件" */
  centerLabel?: string;
  format?: (value: number) => string;
  size?: number;
  testId?: string;
}) => {
  const titleId = useId();
  const descId = useId();
  const total = slices.reduce((sum, s) => sum + Math.max(0, s.value), 0);
  const parts = arcs(slices.map((s) => s.value));
  const c = size / 2;
  const detail = (s: DonutSlice, i: number) => `${format(s.value)} · ${formatPercent(parts[i]!.share)}`;
  return (
    <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: "center" }} data-testid={testId} className="chart">
      <svg width={size} height={size} role="img" aria-labelledby={`${titleId} ${descId}`} style={{ flexShrink: 0 }}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{slices.map((s, i) => `${s.name} ${detail(s, i)}`).join(", ")}</desc>
        <circle cx={c} cy={c} r={c * 0.8} fill="none" stroke="#eeeeee" strokeWidth={c * 0.36} />
        {slices.map((s, i) => (
          <path key={s.name} d={arcPath(parts[i]!, c, c, c * 0.98, c * 0.62)} fill={s.color}>
            <title>{`${s.name}: ${detail(s, i)}`}</title>
          </path>
        ))}
        <text x={c} y={c} textAnchor="middle" fontSize={22} fontWeight={600} fill="#212121">
          {format(total)}
        </text>
        {centerLabel && (
          <text x={c} y={c + 18} textAnchor="middle" fontSize={12} fill="#666">
            {centerLabel}
          </text>
        )}
      </svg>
      <Box sx={{ "& > div": { flexDirection: "column", gap: 0.75 } }}>
        <Legend items={slices.map((s, i) => ({ name: s.name, color: s.color, detail: detail(s, i) }))} />
      </Box>
    </Stack>
  );
};
