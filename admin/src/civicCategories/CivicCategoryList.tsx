import {
  BooleanField,
  DataTable,
  NullableBooleanInput,
  SearchInput,
  SelectField,
  useTranslate,
  useRecordContext,
} from "react-admin";
import { CreatableList } from "../common/CreatableList";
import { civicChannelChoices } from "../civicMatters/civicEnums";
import type { CivicCategory } from "../volunteer/types";
import { useRoleAccess } from "../common/useRoleAccess";

const categoryFilters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="active" source="active" alwaysOn />];

/** "10 个工作日". */
const DeadlineField = (_props: { label?: string }) => {
  const category = useRecordContext<CivicCategory>();
  const translate = useTranslate();
  if (!category) return null;
  return <span>{translate("resources.civicCategories.working_days", { smart_count: category.deadlineDays })}</span>;
};

/** 事项类别: what residents raise, with the channel suggested and the working days allowed. */
export const CivicCategoryList = () => {
  const canEdit = useRoleAccess("civicCategories", "edit");
  return (
    <CreatableList
      filters={categoryFilters}
      sort={{ field: "code", order: "ASC" }}
      perPage={50}
    >
      <DataTable rowClick={canEdit ? "edit" : false} bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="defaultChannel">
          <SelectField source="defaultChannel" choices={civicChannelChoices} />
        </DataTable.Col>
        <DataTable.Col source="deadlineDays" align="right">
          <DeadlineField />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </CreatableList>
  );
};
