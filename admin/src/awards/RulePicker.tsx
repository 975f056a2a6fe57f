import { Autocomplete, TextField } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";
import type { PointRule } from "../types";

interface RulePickerProps {
  villageId: string | null;
  value: string;
  onChange: (rule: PointRule | null) => void;
  error?: string;
}

/** The award rules that apply in the village (district-wide and its own), grouped by category. */
export const RulePicker = ({ villageId, value, onChange, error }: RulePickerProps) => {
  const translate = useTranslate();
  const { data: rules = [], isPending } = useGetList<PointRule>(
    "pointRules",
    {
      filter: { villageId, positive: true, active: true },
      sort: { field: "category", order: "ASC" },
      pagination: { page: 1, perPage: 200 },
    },
    { enabled: villageId !== null },
  );
  const selected = rules.find((rule) => rule.id === value) ?? null;
  return (
    <Autocomplete
      options={rules}
      value={selected}
      loading={isPending && villageId !== null}
      disabled={villageId === null}
      groupBy={(rule) => translate(`enums.RuleCategory.${rule.category}`)}
      getOptionLabel={(rule) => `${rule.name}（+${rule.points}）`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, rule) => onChange(rule)}
      renderInput={(params) => (
        <TextField
          {...params}
          name="ruleId"
          label={translate("app.award.fields.rule")}
          error={Boolean(error)}
          helperText={error ? translate(error) : (selected?.description ?? " ")}
        />
      )}
    />
  );
};
