import SearchIcon from "@mui/icons-material/Search";
import {
  Box,
  Button,
  Checkbox,
  Chip,
  InputAdornment,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useEffect, useState, type ReactNode } from "react";
import { useGetList, useLocaleState, useTranslate } from "react-admin";
import { formatPoints } from "../common/format";
import type { Household } from "../types";
import { useIsSmall } from "../common/useIsSmall";

export type PickedHouseholds = Map<string, Pick<Household, "id" | "number" | "headName">>;

interface HouseholdPickerProps {
  villageId: string | null;
  picked: PickedHouseholds;
  onChange: (picked: PickedHouseholds) => void;
  error?: string;
  /** A last cell on each picked household's row (the award's camera for its photos) */
  pickedRowAction?: (household: Pick<Household, "id" | "number" | "headName">) => ReactNode;
}

/** Text typed into a search box, passed on once typing pauses. */
const useDebounced = (value: string, ms = 300) => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
};

/**
 * The village's active households with a search (number, head's name,
 * phone) and a box to tick each; what is ticked stays ticked across searches.
 */
export const HouseholdPicker = ({ villageId, picked, onChange, error, pickedRowAction }: HouseholdPickerProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [q, setQ] = useState("");
  // On a phone the camera's column takes the category's place.
  const withCategory = !(useIsSmall() && pickedRowAction);
  const search = useDebounced(q);
  const { data = [], isFetching, total } = useGetList<Household>(
    "households",
    {
      filter: { villageId, status: "ACTIVE", q: search },
      sort: { field: "number", order: "ASC" },
      pagination: { page: 1, perPage: 200 },
    },
    { enabled: villageId !== null, placeholderData: (previous) => previous },
  );

  const toggle = (household: Household) => {
    const next = new Map(picked);
    if (next.has(household.id)) next.delete(household.id);
    else next.set(household.id, { id: household.id, number: household.number, headName: household.headName });
    onChange(next);
  };
  const allShownPicked = data.length > 0 && data.every((h) => picked.has(h.id));
  const toggleShown = () => {
    const next = new Map(picked);
    for (const h of data) {
      if (allShownPicked) next.delete(h.id);
      else next.set(h.id, { id: h.id, number: h.number, headName: h.headName });
    }
    onChange(next);
  };

  if (villageId === null) {
    return <Typography color="text.secondary">{translate("app.award.pick_village_first")}</Typography>;
  }
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: "center" }}>
        <TextField
          size="small"
          name="householdSearch"
          placeholder={translate("app.award.search_households")}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          sx={{ flex: 1 }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <Button size="small" onClick={() => onChange(new Map())} disabled={picked.size === 0}>
          {translate("app.award.clear_selection")}
        </Button>
      </Stack>
      {picked.size > 0 && (
        <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5, mb: 1 }} data-testid="picked-households">
          {[...picked.values()].map((h) => (
            <Chip
              key={h.id}
              size="small"
              color="primary"
              label={`${h.number} ${h.headName}`}
              onDelete={() => {
                const next = new Map(picked);
                next.delete(h.id);
                onChange(next);
              }}
            />
          ))}
        </Stack>
      )}
      {error && (
        <Typography color="error" variant="body2" sx={{ mb: 1 }}>
          {translate(error)}
        </Typography>
      )}
      <Box sx={{ height: 4 }}>{isFetching && <LinearProgress />}</Box>
      <Box sx={{ maxHeight: 420, overflowY: "auto", border: 1, borderColor: "divider", borderRadius: 1 }}>
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={allShownPicked}
                  indeterminate={!allShownPicked && data.some((h) => picked.has(h.id))}
                  onChange={toggleShown}
                  slotProps={{ input: { "aria-label": translate("app.award.select_shown") } }}
                />
              </TableCell>
              <TableCell>{translate("resources.households.fields.number")}</TableCell>
              <TableCell>{translate("resources.households.fields.headName")}</TableCell>
              {withCategory && <TableCell>{translate("resources.households.fields.category")}</TableCell>}
              <TableCell align="right">{translate("resources.households.fields.balance")}</TableCell>
              {pickedRowAction && <TableCell padding="checkbox" />}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((household) => (
              <TableRow
                key={household.id}
                hover
                selected={picked.has(household.id)}
                onClick={() => toggle(household)}
                sx={{ cursor: "pointer" }}
                data-testid={`household-row-${household.number}`}
              >
                <TableCell padding="checkbox">
                  <Checkbox checked={picked.has(household.id)} />
                </TableCell>
                <TableCell>{household.number}</TableCell>
                <TableCell>{household.headName}</TableCell>
                {withCategory && <TableCell>{translate(`enums.HouseholdCategory.${household.category}`)}</TableCell>}
                <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                  {formatPoints(household.balance, locale)}
                </TableCell>
                {pickedRowAction && <TableCell padding="checkbox">{picked.has(household.id) && pickedRowAction(household)}</TableCell>}
              </TableRow>
            ))}
            {data.length === 0 && !isFetching && (
              <TableRow>
                <TableCell colSpan={(pickedRowAction ? 6 : 5) - (withCategory ? 0 : 1)} sx={{ textAlign: "center", color: "text.secondary", py: 4 }}>
                  {translate("app.award.no_households")}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate("app.award.households_shown", { shown: data.length, total: total ?? data.length })}
      </Typography>
    </Box>
  );
};
