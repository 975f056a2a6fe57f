import { Box, Typography } from "@mui/material";

/**
 * One figure of a report: caption, the number, its unit, and under it what
 * it is made of (e.g. "38/40") — each number has a test id, so browser tests
 * read exactly the figure the server reported.
 */
export const StatFigure = ({
  id,
  label,
  value,
  unit,
  detail,
  color,
}: {
  id: string;
  label: string;
  value: string;
  unit?: string;
  detail?: string;
  color?: string;
}) => (
  <Box sx={{ minWidth: { xs: 96, sm: 120 } }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography
      component="div"
      sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums", color, fontSize: { xs: "1.4rem", sm: "1.9rem" }, lineHeight: 1.3 }}
    >
      <span data-testid={`figure-${id}`}>{value}</span>
      {unit && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.5 }}>
          {unit}
        </Typography>
      )}
    </Typography>
    {detail && (
      <Typography variant="caption" color="text.secondary" component="div" data-testid={`figure-${id}-detail`} sx={{ fontVariantNumeric: "tabular-nums" }}>
        {detail}
      </Typography>
    )}
  </Box>
);
