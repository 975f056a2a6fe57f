import { Box, Stack, Typography } from "@mui/material";
import { useId } from "react";
import { axis, labelEvery, scaleTo, textWidth } from "./scale";
import { useWidth } from "./useWidth";

export interface BarSeries {
  name: string;
  /** a CSS colour that also prints (no theme variables: the SVG is plain) */
  color: string;
  /** one value per category */
  values: readonly number[];
}

interface BarChartProps {
  /** read by screen readers and shown as the tooltip of the whole chart */
  title: string;
  /** the x axis, e.g. the twelve months */
  categories: readonly string[];
  /** one or more series, drawn side by side in each category */
  series: readonly BarSeries[];
  /** how a value reads (digit grouping, units) */
  format?: (value: number) => string;
  height?: number;
  testId?: string;
}

const FONT = 11;
const LEFT = 44;
const BOTTOM = 22;
const TOP = 8;

/**
 * Grouped bars drawn in plain SVG: an axis with round ticks, one group per
 * category, every bar with its value as a tooltip (<title>), and the chart's
 * title and values as text for screen readers. Prints as drawn.
 */
export const BarChart = ({ title, categories, series, format = String, height = 200, testId }: BarChartProps) => {
  // Nothing is drawn until the box is measured: a guessed width could widen the page on a phone.
  const { ref, width } = useWidth<HTMLDivElement>(0);
  const titleId = useId();
  const descId = useId();
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const { top, ticks } = axis(max);
  const plotWidth = Math.max(width - LEFT - 4, 40);
  const plotHeight = height - BOTTOM - TOP;
  const groupWidth = plotWidth / Math.max(categories.length, 1);
  const barGap = series.length > 1 ? 1 : 0;
  const barWidth = Math.max(2, (groupWidth * 0.72 - barGap * (series.length - 1)) / Math.max(series.length, 1));
  const every = labelEvery(groupWidth, Math.max(0, ...categories.map((c) => textWidth(c, FONT))) + 4);
  const description = series
    .map((s) => `${s.name}: ${categories.map((c, i) => `${c} ${format(s.values[i] ?? 0)}`).join(", ")}`)
    .join("; ");

  return (
    <Box ref={ref} sx={{ width: "100%", minWidth: 0 }} data-testid={testId} className="chart">
      {width > 0 && (
        <svg
          width={width}
          height={height}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          style={{ display: "block", fontFamily: "inherit", overflow: "visible", maxWidth: "100%" }}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          {ticks.map((tick) => {
            const y = TOP + plotHeight - scaleTo(tick, top, plotHeight);
            return (
              <g key={tick}>
                <line x1={LEFT} x2={LEFT + plotWidth} y1={y} y2={y} stroke="#e0e0e0" strokeWidth={1} />
                <text x={LEFT - 6} y={y} dy="0.35em" textAnchor="end" fontSize={FONT} fill="#666">
                  {format(tick)}
                </text>
              </g>
            );
          })}
          {categories.map((category, i) => {
            const groupX = LEFT + i * groupWidth + (groupWidth - (barWidth * series.length + barGap * (series.length - 1))) / 2;
            return (
              <g key={category}>
                {series.map((s, j) => {
                  const value = s.values[i] ?? 0;
                  const h = scaleTo(value, top, plotHeight);
                  return (
                    <rect
                      key={s.name}
                      x={groupX + j * (barWidth + barGap)}
                      y={TOP + plotHeight - h}
                      width={barWidth}
                      height={h}
                      fill={s.color}
                      rx={1}
                    >
                      <title>{`${category} · ${s.name}: ${format(value)}`}</title>
                    </rect>
                  );
                })}
                {i % every === 0 && (
                  <text x={LEFT + (i + 0.5) * groupWidth} y={height - 6} textAnchor="middle" fontSize={FONT} fill="#666">
                    {category}
                  </text>
              )}
            </g>
          );
        })}
        <line x1={LEFT} x2={LEFT + plotWidth} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke="#9e9e9e" />
      </svg>
      )}
      {series.length > 1 && <Legend items={series.map((s) => ({ name: s.name, color: s.color }))} />}
    </Box>
  );
};

/** Colour keys under a chart, as text (so they print and read aloud). */
export const Legend = ({ items }: { items: readonly { name: string; color: string; detail?: string }[] }) => (
  <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: "wrap", mt: 1 }}>
    {items.map((item) => (
      <Stack key={item.name} direction="row" spacing={0.75} sx={{ alignItems: "center" }}>
        <Box sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: item.color, printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" }} />
        <Typography variant="body2">
          {item.name}
          {item.detail && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.75, fontVariantNumeric: "tabular-nums" }}>
              {item.detail}
            </Typography>
          )}
        </Typography>
      </Stack>
    ))}
  </Stack>
);
