import { Alert, Box, Card, CardContent, LinearProgress, Stack, TextField, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { Figure } from "../common/fields";
import { formatPoints } from "../common/format";
import { PrintButton } from "../common/PrintButton";
import { useErrorText } from "../common/useErrorText";
import { useIsSmall } from "../common/useIsSmall";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { PassbookTable } from "./PassbookTable";

/**
 * 积分存折: a household's entries in a period with running balances, opening
 * and closing balances and totals; prints as a bank book (print.css).
 */
export const PassbookView = ({ householdId }: { householdId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useCunwuDataProvider();
  const errorText = useErrorText();
  const isSmall = useIsSmall();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const { data: passbook, error, isPending } = useQuery({
    queryKey: ["householdPassbook", householdId, from, to],
    queryFn: () => dataProvider.householdPassbook({ householdId, from, to }),
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
            <TextField
              type="date"
              size="small"
              sx={{ flex: 1, minWidth: 0 }}
              label={translate("app.passbook.from")}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              type="date"
              size="small"
              label={translate("app.passbook.to")}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              sx={{ flex: 1, minWidth: 0 }}
              slotProps={{ inputLabel: { shrink: true } }}
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
      </CardContent>
    </Card>
  );
};
