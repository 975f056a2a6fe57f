import { Alert, Box, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useGetOne, useLocaleState, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { formatPoints } from "../common/format";
import { useErrorText } from "../common/useErrorText";
import { YearPicker } from "../dashboard/ReportPickers";
import { yearPeriod } from "../dashboard/reports";
import { PassbookTable } from "../passbook/PassbookTable";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { Passbook, Village } from "../types";
import { PrintSheet } from "./PrintSheet";
import { useVillageParam } from "./useVillageParam";
import { VillagePicker } from "./VillagePicker";
import { ActivationInvite } from "../onboarding/ActivationInvite";

/** One household's book: its holder, the year's figures, its entries as the passbook prints them. */
const OneBook = ({ book, year, invite }: { book: Passbook; year: number; invite: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`app.passbook.${key}`, options);
  const figure = (key: string, value: number) => `${t(key)} ${formatPoints(value, locale)}`;
  return (
    <Box className="passbook-page" data-testid="village-passbook" data-household={book.householdNumber} sx={{ mb: 4 }}>
      <Typography variant="h6" component="h2">
        {t("title")} · {year}
      </Typography>
      <Typography color="text.secondary">{t("holder", { village: book.villageName, number: book.householdNumber, name: book.headName })}</Typography>
      <Stack direction="row" spacing={3} useFlexGap sx={{ my: 1, flexWrap: "wrap" }}>
        <Typography variant="body2">{figure("opening", book.openingBalance)}</Typography>
        <Typography variant="body2">{figure("total_in", book.totalIn)}</Typography>
        <Typography variant="body2">{figure("total_out", book.totalOut)}</Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {figure("closing", book.closingBalance)}
        </Typography>
      </Stack>
      {book.entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t("empty")}
        </Typography>
      ) : (
        <Box sx={{ overflowX: "auto" }}>
          <PassbookTable passbook={book} forceTable />
        </Box>
      )}
      {invite && <ActivationInvite />}
    </Box>
  );
};

/**
 * Every active household's passbook of a village for a year, one a page
 * (print.css breaks the page after each), read in one request
 * (villagePassbooks): /print/passbooks?village=12&year=2026.
 */
export const VillagePassbooksPage = () => {
  const translate = useTranslate();
  const errorText = useErrorText();
  const dataProvider = useCunwuDataProvider();
  const { villageId, choosesVillage, setVillage, year, setYear } = useVillageParam();
  const t = (key: string, options?: object) => translate(`app.passbook.${key}`, options);
  const { data: village } = useGetOne<Village>("villages", { id: villageId ?? "" }, { enabled: Boolean(villageId) });
  const books = useQuery({
    queryKey: ["villagePassbooks", villageId, year],
    queryFn: () => dataProvider.villagePassbooks({ villageId: villageId!, ...yearPeriod(year) }),
    enabled: Boolean(villageId),
    retry: false,
  });
  // Households without a resident login get the activation QR on their page.
  const withoutAccount = useQuery({
    queryKey: ["householdsWithoutAccount", villageId],
    queryFn: () => dataProvider.householdsWithoutAccount({ villageId: villageId! }),
    enabled: Boolean(villageId),
    retry: false,
  });
  return (
    <PrintSheet
      testId="village-passbooks"
      className="passbook-batch"
      title={village ? t("batch_title", { village: village.name, year }) : t("batch_title_plain")}
      subtitle={books.data ? t("batch_subtitle", { count: books.data.length, year }) : undefined}
      loading={Boolean(villageId) && books.isPending}
      controls={
        <>
          {choosesVillage && <VillagePicker villageId={villageId} onChange={setVillage} />}
          <YearPicker year={year} onChange={setYear} />
        </>
      }
    >
      {!villageId && <EmptyState message="app.print.choose_village" />}
      {books.error && <Alert severity="error">{errorText(books.error)}</Alert>}
      {books.data?.length === 0 && <EmptyState message="app.passbook.batch_empty" />}
      {books.data?.map((book) => <OneBook key={book.householdId} book={book} year={year} invite={withoutAccount.data?.has(book.householdId) ?? false} />)}
    </PrintSheet>
  );
};
