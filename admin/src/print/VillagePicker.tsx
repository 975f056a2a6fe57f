import { Autocomplete, TextField } from "@mui/material";
import { useState } from "react";
import { useGetList, useGetOne, useTranslate } from "react-admin";
import { useSessionUser } from "../common/session";
import type { Village } from "../types";

/**
 * Finds a village by code or name (district and township staff choosing
 * which village to print); township staff are offered their township's.
 */
export const VillagePicker = ({ villageId, onChange }: { villageId: string | null; onChange: (id: string | null) => void }) => {
  const translate = useTranslate();
  const user = useSessionUser();
  const [q, setQ] = useState("");
  const { data: options = [] } = useGetList<Village>("villages", {
    filter: { ...(q ? { q } : {}), ...(user?.role === "TOWNSHIP_STAFF" && user.townshipId ? { townshipId: user.townshipId } : {}) },
    pagination: { page: 1, perPage: 30 },
    sort: { field: "code", order: "ASC" },
  });
  const { data: current } = useGetOne<Village>("villages", { id: villageId ?? "" }, { enabled: Boolean(villageId) });
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 220 }}
      options={current && !options.some((o) => o.id === current.id) ? [current, ...options] : options}
      value={current ?? null}
      getOptionLabel={(v) => `${v.name}（${v.code}）`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      onInputChange={(_, value, reason) => reason === "input" && setQ(value)}
      onChange={(_, value) => onChange(value?.id ?? null)}
      renderInput={(params) => <TextField {...params} label={translate("app.print.village")} inputProps={{ ...params.inputProps, "data-testid": "village-picker" }} />}
    />
  );
};
