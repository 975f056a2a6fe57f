import type { ReactNode } from "react";
import { Alert, Card, CardContent, CardHeader, LinearProgress, Stack } from "@mui/material";
import { useErrorText } from "../common/useErrorText";

interface ReportCardProps<T> {
  testId: string;
  title: string;
  subheader: string;
  /** The card's one report request. */
  query: { data: T | undefined; error: unknown; isPending: boolean };
  /** The row of figures, once the report is there. */
  figures: (data: T) => ReactNode;
  /** The charts under them. */
  children: (data: T) => ReactNode;
}

/** A dashboard card over one report: a bar while it loads, the error in words, then its figures and charts. */
export function ReportCard<T>({ testId, title, subheader, query: { data, error, isPending }, figures, children }: ReportCardProps<T>) {
  const errorText = useErrorText();
  return (
    <Card data-testid={testId}>
      <CardHeader title={title} subheader={subheader} />
      {isPending && <LinearProgress />}
      <CardContent>
        {error ? <Alert severity="error">{errorText(error)}</Alert> : null}
        {data && (
          <Stack spacing={3}>
            <Stack direction="row" useFlexGap spacing={{ xs: 2, sm: 4 }} sx={{ flexWrap: "wrap" }}>
              {figures(data)}
            </Stack>
            {children(data)}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
