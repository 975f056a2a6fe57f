// Pure arithmetic behind the hand-written SVG charts: axis ranges, ticks,
// donut arcs and rate wording. No DOM, so tests/admin checks it directly.

/** The smallest 1, 2 or 5 times a power of ten at or above `raw`. */
export function niceStep(raw: number): number {
  if (!Number.isFinite(raw) || raw <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 5]) if (step * power >= raw * (1 - 1e-9)) return step * power;
  return 10 * power;
}

export interface Axis {
  /** where the axis ends: a whole number of steps at or above the largest value */
  top: number;
  step: number;
  /** 0, step, 2·step … top */
  ticks: number[];
}

/**
 * A value axis for counts: about `count` round steps (1, 2, 5 × 10ⁿ, never
 * below 1, so no "0.5 households") from 0 to just above `max`. An empty
 * series still gets an axis 0–1 for its bars to sit on.
 */
export function axis(max: number, count = 4): Axis {
  const step = Math.max(1, niceStep(Math.max(max, 0) / count));
  const top = Math.max(step, Math.ceil(Math.max(max, 0) / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return { top, step, ticks };
}

/** A value's height in pixels on an axis of `height` pixels ending at `top`. */
export const scaleTo = (value: number, top: number, height: number): number =>
  top <= 0 ? 0 : Math.max(0, Math.min(height, (value / top) * height));

/**
 * Every `n`th category label, so labels never overlap: with `available`
 * pixels per category and labels about `labelWidth` wide.
 */
export const labelEvery = (available: number, labelWidth: number): number =>
  available >= labelWidth ? 1 : Math.ceil(labelWidth / Math.max(available, 1));

/** A label's rough width in pixels: a CJK character is about a font size wide, a Latin one about 0.6 of it. */
export const textWidth = (label: string, fontSize: number): number =>
  [...label].reduce((width, char) => width + (/[\u2e80-\uffff]/.test(char) ? fontSize : fontSize * 0.6), 0);

export interface Arc {
  /** the slice's share of the whole, 0..1 */
  share: number;
  /** radians, clockwise from 12 o'clock */
  start: number;
  end: number;
}

/** Slices of a donut for non-negative values; all zero gives no slices. */
export function arcs(values: readonly number[]): Arc[] {
  const total = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  if (total <= 0) return values.map(() => ({ share: 0, start: 0, end: 0 }));
  let angle = 0;
  return values.map((raw) => {
    const share = Math.max(0, raw) / total;
    const start = angle;
    angle += share * 2 * Math.PI;
    return { share, start, end: angle };
  });
}

const point = (cx: number, cy: number, r: number, angle: number) =>
  `${(cx + r * Math.sin(angle)).toFixed(2)} ${(cy - r * Math.cos(angle)).toFixed(2)}`;

/**
 * The SVG path of a donut slice between radii `inner` and `outer`. A slice of
 * the whole circle is drawn as two halves (one arc cannot start and end at the
 * same point).
 */
export function arcPath(arc: Arc, cx: number, cy: number, outer: number, inner: number): string {
  if (arc.end - arc.start <= 0) return "";
  if (arc.end - arc.start >= 2 * Math.PI - 1e-9) {
    const half = { share: 0.5, start: arc.start, end: arc.start + Math.PI };
    const other = { share: 0.5, start: arc.start + Math.PI, end: arc.start + 2 * Math.PI };
    return `${arcPath(half, cx, cy, outer, inner)} ${arcPath(other, cx, cy, outer, inner)}`;
  }
  const large = arc.end - arc.start > Math.PI ? 1 : 0;
  return [
    `M ${point(cx, cy, outer, arc.start)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(cx, cy, outer, arc.end)}`,
    `L ${point(cx, cy, inner, arc.end)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(cx, cy, inner, arc.start)}`,
    "Z",
  ].join(" ");
}

/** A rate as a percentage with one decimal where it matters: 0.95 → "95%", 0.9523 → "95.2%". */
export function formatPercent(rate: number): string {
  if (!Number.isFinite(rate)) return "—";
  const percent = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/** A rate with what it is made of, as a report states it: "38/40 = 95%"; nothing to count gives "0/0". */
export const formatRatio = (numerator: number, denominator: number, rate: number): string =>
  denominator === 0 ? "0/0" : `${numerator}/${denominator} = ${formatPercent(rate)}`;
