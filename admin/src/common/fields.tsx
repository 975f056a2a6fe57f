import { Box, Chip, Typography, type SxProps } from "@mui/material";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { formatDateTime, formatDelta, formatPoints, shortfallOf } from "./format";

type Values = Record<string, unknown>;

interface SourceProps {
  source: string;
  /** for DataTable / SimpleShowLayout labels */
  label?: string;
  sx?: SxProps;
}

const numberAt = (record: Values | undefined, source: string): number | undefined => {
  const value = record?.[source];
  return typeof value === "number" ? value : undefined;
};

/** "细则扣 10 分，余额不足，实扣 6 分" for a deduction that took less than its rule; null otherwise. */
export const useShortfallText = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (entry: { delta: number; requestedDelta?: number | null }): string | null => {
    const short = shortfallOf(entry);
    return short && translate("app.passbook.shortfall", { requested: formatPoints(short.requested, locale), taken: formatPoints(short.taken, locale) });
  };
};

/**
 * A signed change of points: green +5, red −10. With `requestedSource` (a
 * ledger entry's requestedDelta), a deduction short of its rule says so under it.
 */
export const DeltaField = ({ source, requestedSource, sx }: SourceProps & { requestedSource?: string }) => {
  const record = useRecordContext<Values>();
  const [locale] = useLocaleState();
  const shortfall = useShortfallText();
  const value = numberAt(record, source);
  if (value === undefined) return null;
  const short = requestedSource ? shortfall({ delta: value, requestedDelta: numberAt(record, requestedSource) }) : null;
  const change = (
    <Typography
      component="span"
      variant="body2"
      sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums", color: value > 0 ? "success.main" : value < 0 ? "error.main" : undefined, ...sx }}
    >
      {formatDelta(value, locale)}
    </Typography>
  );
  if (!short) return change;
  return (
    <Box component="span" sx={{ display: "inline-flex", flexDirection: "column", alignItems: "flex-end" }}>
      {change}
      <Typography component="span" variant="caption" color="text.secondary">
        {short}
      </Typography>
    </Box>
  );
};

/** Points (a balance, a price, a total) with digit grouping. */
export const PointsField = ({ source, sx }: SourceProps) => {
  const record = useRecordContext<Values>();
  const [locale] = useLocaleState();
  const value = numberAt(record, source);
  if (value === undefined) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: "tabular-nums", ...sx }}>
      {formatPoints(value, locale)}
    </Typography>
  );
};

/** A moment in district time, 2026-04-01 09:30. */
export const DateTimeField = ({ source, sx }: SourceProps) => {
  const record = useRecordContext<Values>();
  const value = record?.[source];
  if (typeof value !== "string") return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: "nowrap", ...sx }}>
      {formatDateTime(value)}
    </Typography>
  );
};

/** A status as a coloured chip; the label is `enums.<enumName>.<CODE>`. */
export const StatusChipField = ({
  source,
  enumName,
  colors,
}: SourceProps & {
  enumName: string;
  colors: Record<string, "default" | "success" | "warning" | "error" | "info" | "primary">;
}) => {
  const record = useRecordContext<Values>();
  const translate = useTranslate();
  const value = record?.[source];
  if (typeof value !== "string") return null;
  // A dotted name is a full key prefix (a resident's words, i18n/resident.*.ts).
  const prefix = enumName.includes(".") ? enumName : `enums.${enumName}`;
  return <Chip size="small" label={translate(`${prefix}.${value}`)} color={colors[value] ?? "default"} variant="outlined" />;
};

/** A big number with its caption, for balances and totals at the top of a page. */
export const Figure = ({
  label,
  value,
  unit,
  color,
  small = false,
}: {
  label: string;
  value: string;
  unit?: string;
  color?: string;
  /** for dates and other figures that are not the point of the page */
  small?: boolean;
}) => (
  <Box sx={{ minWidth: { xs: 72, sm: 120 } }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography
      variant="h4"
      component="div"
      sx={{
        fontWeight: small ? 500 : 600,
        fontVariantNumeric: "tabular-nums",
        color,
        fontSize: small ? { xs: "1rem", sm: "1.25rem" } : { xs: "1.5rem", sm: "2.125rem" },
        lineHeight: small ? 2.2 : undefined,
      }}
    >
      {value}
      {unit && (
        <Typography component="span" variant="body1" color="text.secondary" sx={{ ml: 0.5 }}>
          {unit}
        </Typography>
      )}
    </Typography>
  </Box>
);
