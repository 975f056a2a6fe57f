import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import { DayTextField } from "../common/DayInput";
import { EmptyState } from "../common/EmptyState";
import { Figure } from "../common/fields";
import { formatPoints, validateDay } from "../common/format";
import { PrintButton } from "../common/PrintButton";
import { useErrorText } from "../common/useErrorText";
import { useIsSmall } from "../common/useIsSmall";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { PassbookTable } from "./PassbookTable";

/**
 * 积分存折: a household's entries in a period with running balances, opening
 * and closing balances and totals; prints as a bank book (print.css).
 */
export const PassbookView = ({ householdId, footer }: { householdId: string; footer?: React.ReactNode }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useCunwuDataProvider();
  const errorText = useErrorText();
  const isSmall = useIsSmall();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  // A day half typed is no period yet: the book keeps its last one until the day is whole.
  const [day, setDay] = useState({ from: "", to: "" });
  const change = (which: "from" | "to", set: (text: string) => void) => (text: string) => {
    set(text);
    if (text === "" || validateDay(text) === undefined) setDay((period) => ({ ...period, [which]: text }));
  };
  const { data: passbook, error, isPending } = useQuery({
    queryKey: ["householdPassbook", householdId, day.from, day.to],
    queryFn: () => dataProvider.householdPassbook({ householdId, from: day.from, to: day.to }),
  });

  return (
    <Card className="passbook">
      {isPending && <LinearProgress />}
      <CardContent>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ justifyContent: "space-between", mb: 2 }}>
          <Box>
            <Typography variant="h5" component="h1">
              {translate("app.passbook.title")}
            </Typography>
            {passbook && (
              <Typography color="text.secondary">
                {translate("app.passbook.holder", {
                  village: passbook.villageName,
                  number: passbook.householdNumber,
                  name: passbook.headName,
                })}
              </Typography>
            )}
          </Box>
          <Stack direction="row" spacing={1} className="no-print" sx={{ alignItems: "center" }}>
            <DayTextField
              size="small"
              sx={{ flex: 1, minWidth: 0 }}
              label={translate("app.passbook.from")}
              value={from}
              onChange={change("from", setFrom)}
            />
            <DayTextField
              size="small"
              label={translate("app.passbook.to")}
              value={to}
              onChange={change("to", setTo)}
              sx={{ flex: 1, minWidth: 0 }}
            />
            {!isSmall && <PrintButton />}
          </Stack>
        </Stack>
        {error && <Alert severity="error">{errorText(error)}</Alert>}
        {passbook && (
          <>
            <Stack direction="row" useFlexGap spacing={{ xs: 2, sm: 4 }} sx={{ mb: 2, flexWrap: "wrap" }}>
              <Figure label={translate("app.passbook.closing")} value={formatPoints(passbook.closingBalance, locale)} unit={translate("app.common.points_unit")} color="primary.main" />
              <Figure label={translate("app.passbook.total_in")} value={formatPoints(passbook.totalIn, locale)} color="success.main" />
              <Figure label={translate("app.passbook.total_out")} value={formatPoints(passbook.totalOut, locale)} color="error.main" />
              {(from || to) && <Figure label={translate("app.passbook.opening")} value={formatPoints(passbook.openingBalance, locale)} />}
            </Stack>
            {passbook.entries.length === 0 ? (
              <EmptyState message="app.passbook.empty" />
            ) : (
              <Box sx={{ overflowX: "auto" }}>
                <PassbookTable passbook={passbook} />
              </Box>
            )}
          </>
        )}
        {footer}
      </CardContent>
    </Card>
  );
};
