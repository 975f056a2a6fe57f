import { DayTextField } from "../common/DayInput";
import AddIcon from "@mui/icons-material/Add";
import ChevronLeftIcon from "@mui/icons-material/ChevronLeft";
import ChevronRightIcon from "@mui/icons-material/ChevronRight";
import DeleteIcon from "@mui/icons-material/Delete";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  MenuItem,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Confirm, Title, useLocaleState, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { districtToday } from "../common/format";
import { useAction } from "../common/useAction";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from "../volunteer/enums";
import { useVolunteerErrorText } from "../volunteer/errors";
import type { CalendarDay } from "../volunteer/types";
import { kindFor, weekdayName, yearRange } from "./calendarDays";
import { useRoleAccess } from "../common/useRoleAccess";

const kindColors: Record<CalendarDayKind, "error" | "info"> = { HOLIDAY: "error", WORKDAY: "info" };

/** Adds (or renames) one exception of the calendar. */
const AddCalendarDay = ({ year, onError }: { year: number; onError: (message: string | null) => void }) => {
  const translate = useTranslate();
  const errorText = useVolunteerErrorText();
  const [date, setDate] = useState("");
  const [kind, setKind] = useState<CalendarDayKind | "">("");
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  const add = useAction((dp, params: { date: string; kind: CalendarDayKind; name: string }) => dp.setCalendarDay(params), {
    success: "app.calendar.notifications.set",
    notifyError: false,
    onSuccess: () => {
      setDate("");
      setKind("");
      setName("");
      setTouched(false);
    },
  });
  const chosenKind: CalendarDayKind | "" = kind || (date ? kindFor(date) : "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    onError(null);
    if (!date || !chosenKind || !name.trim()) return;
    add.mutate({ date, kind: chosenKind, name: name.trim() }, { onError: (error) => onError(errorText(error)) });
  };
  const required = (value: string) => touched && !value.trim();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1.5 }}>
          {translate("app.calendar.add_title")}
        </Typography>
        <Box component="form" onSubmit={submit} noValidate sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "flex-start" }}>
          <DayTextField
            name="date"
            size="small"
            fullWidth={false}
            sx={{ width: 200 }}
            label={translate("app.calendar.fields.date")}
            value={date}
            onChange={setDate}
            error={required(date)}
            helperText={required(date) ? translate("errors.fields.REQUIRED") : " "}
          />
          <TextField
            select
            name="kind"
            size="small"
            fullWidth={false}
            label={translate("app.calendar.fields.kind")}
            value={chosenKind}
            onChange={(e) => setKind(e.target.value as CalendarDayKind)}
            sx={{ width: 200 }}
            helperText={translate("app.calendar.kind_help")}
          >
            {CALENDAR_DAY_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {translate(`enums.CalendarDayKind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="name"
            size="small"
            fullWidth={false}
            sx={{ width: 220 }}
            label={translate("app.calendar.fields.name")}
            placeholder={translate("app.calendar.name_placeholder")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={required(name)}
            helperText={required(name) ? translate("errors.fields.REQUIRED") : " "}
            slotProps={{ htmlInput: { maxLength: 50 } }}
          />
          <Button type="submit" variant="contained" startIcon={<AddIcon />} disabled={add.isPending} sx={{ mt: 0.25 }} data-testid="add-calendar-day">
            {translate("app.calendar.add")}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
};

/**
 * 节假日: the district calendar's exceptions for a year — holidays on
 * weekdays and working weekend days (调休) — which civic deadlines count
 * working days on. The district admin adds and removes them.
 */
export const CalendarPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useCunwuDataProvider();
  const errorText = useVolunteerErrorText();
  const canEdit = useRoleAccess("calendar", "edit");
  const [year, setYear] = useState(() => Number(districtToday().slice(0, 4)));
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<CalendarDay | null>(null);
  const { data: days = [], isPending } = useQuery({
    queryKey: ["calendarDays", year],
    queryFn: () => dataProvider.calendarDays(yearRange(year)),
  });
  const remove = useAction((dp, date: string) => dp.removeCalendarDay({ date }), {
    success: "app.calendar.notifications.removed",
    notifyError: false,
    onSuccess: () => setRemoving(null),
  });
  const holidays = days.filter((d) => d.kind === "HOLIDAY").length;
  const workdays = days.length - holidays;
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.calendar.${key}`, args);

  return (
    <Box sx={{ mt: 2, maxWidth: 960 }}>
      <Title title="app.calendar.title" />
      <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", mb: 1 }}>
        <Stack direction="row" sx={{ alignItems: "center" }}>
          <IconButton aria-label={t("previous_year")} onClick={() => setYear(year - 1)}>
            <ChevronLeftIcon />
          </IconButton>
          <Typography variant="h5" component="h2" data-testid="calendar-year">
            {t("year", { year })}
          </Typography>
          <IconButton aria-label={t("next_year")} onClick={() => setYear(year + 1)}>
            <ChevronRightIcon />
          </IconButton>
        </Stack>
        {/* Counted once the year has loaded, never from a stand-in empty list. */}
        {isPending ? (
          <Skeleton width={240} />
        ) : (
          <Typography color="text.secondary" data-testid="calendar-summary">
            {t("summary", { holidays, workdays })}
          </Typography>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t("intro")}
      </Typography>
      <Stack spacing={2}>
        {canEdit && <AddCalendarDay year={year} onError={setError} />}
        {error && (
          <Alert severity="error" onClose={() => setError(null)} data-testid="calendar-error">
            {error}
          </Alert>
        )}
        {!isPending && days.length === 0 ? (
          <EmptyState message="app.calendar.empty" />
        ) : (
          <Table size="small" data-testid="calendar-days">
            <TableHead>
              <TableRow>
                <TableCell>{t("fields.date")}</TableCell>
                <TableCell>{t("fields.weekday")}</TableCell>
                <TableCell>{t("fields.kind")}</TableCell>
                <TableCell>{t("fields.name")}</TableCell>
                {canEdit && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {days.map((day) => (
                <TableRow key={day.date} hover>
                  <TableCell sx={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>{day.date}</TableCell>
                  <TableCell>{weekdayName(day.date, locale)}</TableCell>
                  <TableCell>
                    <Chip size="small" variant="outlined" color={kindColors[day.kind]} label={translate(`enums.CalendarDayKind.${day.kind}`)} />
                  </TableCell>
                  <TableCell>{day.name}</TableCell>
                  {canEdit && (
                    <TableCell align="right" sx={{ py: 0 }}>
                      <IconButton size="small" aria-label={t("remove", { date: day.date })} onClick={() => setRemoving(day)}>
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
      <Confirm
        isOpen={removing !== null}
        loading={remove.isPending}
        title="app.calendar.remove_title"
        content={removing ? t("remove_content", { date: removing.date, name: removing.name }) : ""}
        onConfirm={() => {
          setError(null);
          remove.mutate(removing!.date, {
            onError: (e) => {
              setRemoving(null);
              setError(errorText(e));
            },
          });
        }}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
