import { Box, Chip, Stack, Typography } from "@mui/material";
import { ReferenceField, TextField, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { Figure } from "../common/fields";
import { formatPoints } from "../common/format";
import type { Household } from "../types";

/** Who the household is and what it has: the head of the household page. */
export const HouseholdBalanceCard = () => {
  const household = useRecordContext<Household>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!household) return null;
  return (
    <Stack
      direction={{ xs: "column", sm: "row" }}
      spacing={2}
      sx={{ p: 2, justifyContent: "space-between", alignItems: { sm: "center" }, borderBottom: 1, borderColor: "divider" }}
    >
      <Box>
        <Typography variant="h5" component="div">
          {household.headName}
          <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
            {household.number}
          </Typography>
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: "center", flexWrap: "wrap" }}>
          <ReferenceField source="villageId" reference="villages" link={false}>
            <TextField source="name" color="text.secondary" />
          </ReferenceField>
          <Chip size="small" variant="outlined" label={translate(`enums.HouseholdCategory.${household.category}`)} />
          {household.status !== "ACTIVE" && (
            <Chip size="small" color="warning" label={translate(`enums.HouseholdStatus.${household.status}`)} />
          )}
          <Typography variant="body2" color="text.secondary">
            {translate("resources.households.members", { smart_count: household.memberCount })}
          </Typography>
        </Stack>
      </Box>
      <Figure
        label={translate("resources.households.fields.balance")}
        value={formatPoints(household.balance, locale)}
        unit={translate("app.common.points_unit")}
        color="primary.main"
      />
    </Stack>
  );
};
