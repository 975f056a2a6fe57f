import {
  BooleanField,
  CreateButton,
  useLocaleState,
  useTranslate,
  DataTable,
  ExportButton,
  List,
  SelectField,
  SimpleList,
  TextField,
  TopToolbar,
} from "react-admin";
import { ruleCategoryChoices } from "../common/choices";
import { EmptyState } from "../common/EmptyState";
import { DeltaField } from "../common/fields";
import { formatDelta } from "../common/format";
import { useIsSmall } from "../common/useIsSmall";
import { useMyHousehold } from "../common/useMyHousehold";
import { useSessionUser } from "../common/session";
import { editWhereAllowed } from "../common/allowed";
import type { PointRule } from "../types";
import { pointRuleFilters, residentRuleFilters } from "./PointRuleListFilters";
import { PointRuleScopeField } from "./PointRuleScopeField";

const PointRuleListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);


/**
 * The rule catalogue (积分细则). A village committee and a resident see the
 * district's rules and their village's own; a committee edits only its own.
 */
export const PointRuleList = () => {
  const user = useSessionUser();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: household } = useMyHousehold();
  const villageId = user?.role === "VILLAGE_COMMITTEE" ? user.villageId : (household?.villageId ?? null);
  // A resident's list waits for its village, so it never shows another village's own rules.
  if (user?.role === "RESIDENT" && !villageId) return null;
  const resident = user?.role === "RESIDENT";
  const staffAbove = user?.role !== "VILLAGE_COMMITTEE" && !resident;
  return (
    <List
      filters={resident ? residentRuleFilters : pointRuleFilters(staffAbove)}
      filter={resident ? { villageId, active: true } : villageId ? { villageId } : undefined}
      filterDefaultValues={resident ? undefined : { active: true }}
      sort={{ field: "category", order: "ASC" }}
      perPage={50}
      actions={resident ? false : <PointRuleListActions />}
      empty={<EmptyState message="resources.pointRules.empty" />}
    >
      {isSmall ? (
        <SimpleList<PointRule>
          primaryText={(rule) => rule.name}
          secondaryText={(rule) => rule.description ?? translate(`enums.RuleCategory.${rule.category}`)}
          tertiaryText={(rule) => formatDelta(rule.points, locale)}
          linkType={false}
        />
      ) : (
      <DataTable rowClick={editWhereAllowed} bulkActionButtons={false}>
        <DataTable.Col source="category">
          <SelectField source="category" choices={ruleCategoryChoices} />
        </DataTable.Col>
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort>
          <TextField source="description" sx={{ color: "text.secondary" }} />
        </DataTable.Col>
        <DataTable.Col source="points" align="right">
          <DeltaField source="points" />
        </DataTable.Col>
        <DataTable.Col source="villageId" label="resources.pointRules.fields.scope">
          <PointRuleScopeField />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
      )}
    </List>
  );
};
