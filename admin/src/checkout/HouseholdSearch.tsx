import { Autocomplete, TextField } from "@mui/material";
import { useEffect, useState } from "react";
import { useGetList, useTranslate } from "react-admin";
import { useSessionUser } from "../common/session";
import type { Household } from "../types";

/** Finds an active household by number, head's name or phone (in the committee's own village). */
export const HouseholdSearch = ({ value, onChange }: { value: Household | null; onChange: (h: Household | null) => void }) => {
  const translate = useTranslate();
  const user = useSessionUser();
  const [input, setInput] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(input), 300);
    return () => clearTimeout(timer);
  }, [input]);
  const villageId = user?.role === "VILLAGE_COMMITTEE" ? user.villageId : undefined;
  const { data = [], isFetching } = useGetList<Household>(
    "households",
    {
      filter: { villageId, status: "ACTIVE", q: value && input === label(value) ? "" : q },
      sort: { field: "number", order: "ASC" },
      pagination: { page: 1, perPage: 30 },
    },
    { placeholderData: (previous) => previous },
  );
  return (
    <Autocomplete
      options={data}
      value={value}
      loading={isFetching}
      filterOptions={(options) => options}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, household) => onChange(household)}
      inputValue={input}
      onInputChange={(_e, text) => setInput(text)}
      noOptionsText={translate("app.checkout.no_household")}
      renderInput={(params) => (
        <TextField {...params} name="household" label={translate("app.checkout.household")} placeholder={translate("app.checkout.household_hint")} />
      )}
    />
  );
};

const label = (household: Household) => `${household.number} ${household.headName}`;
