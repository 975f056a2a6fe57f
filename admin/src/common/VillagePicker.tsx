import { Autocomplete, TextField, type SxProps } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";
import type { Village } from "../types";

/** Picks one of the villages the user sees (the district admin's choice of where to work). */
export const VillagePicker = ({
  value,
  onChange,
  label,
  sx,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  /** translation key */
  label: string;
  sx?: SxProps;
}) => {
  const translate = useTranslate();
  const { data: villages = [] } = useGetList<Village>("villages", {
    sort: { field: "code", order: "ASC" },
    pagination: { page: 1, perPage: 200 },
  });
  return (
    <Autocomplete
      options={villages}
      value={villages.find((v) => v.id === value) ?? null}
      getOptionLabel={(v) => `${v.name}（${v.code}）`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, v) => onChange(v?.id ?? null)}
      renderInput={(params) => <TextField {...params} name="villageId" label={translate(label)} />}
      sx={sx}
    />
  );
};
