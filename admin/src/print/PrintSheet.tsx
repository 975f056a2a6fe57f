import { Box, Card, CardContent, LinearProgress, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { Title, useTranslate } from "react-admin";
import { districtToday } from "../common/format";
import { PrintButton } from "../common/PrintButton";

/**
 * A page meant for paper (A4, print.css): its title as a heading, the
 * pickers and the print button beside it (left off the paper), the content,
 * and the day it was made at the foot.
 */
export const PrintSheet = ({
  title,
  subtitle,
  controls,
  loading = false,
  testId,
  className,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  controls?: ReactNode;
  loading?: boolean;
  testId?: string;
  /** Added to print-sheet: a paper of its own (receipt-slip: 80 mm). */
  className?: string;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Card className={className ? `print-sheet ${className}` : "print-sheet"} sx={{ mt: 2, mb: 2 }} data-testid={testId}>
      <Title title={title} />
      {loading && <LinearProgress className="no-print" />}
      <CardContent>
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ justifyContent: "space-between", mb: 2 }}>
          <Box className="print-heading" sx={{ flex: 1 }}>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
              {title}
            </Typography>
            {subtitle && (
              <Typography color="text.secondary" component="div">
                {subtitle}
              </Typography>
            )}
          </Box>
          <Stack direction="row" spacing={1} useFlexGap className="no-print" sx={{ alignItems: "center", flexWrap: "wrap" }}>
            {controls}
            <PrintButton />
          </Stack>
        </Stack>
        {children}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 3, textAlign: "right" }}>
          {translate("app.print.made_on", { date: districtToday() })}
        </Typography>
      </CardContent>
    </Card>
  );
};
