import { DataTable, ExportButton, List, ReferenceField, TopToolbar } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { DateTimeField, DeltaField, PointsField } from "../common/fields";
import { useSessionUser } from "../common/session";
import { EntryKindField } from "./EntryKindField";
import { pointEntryFilters } from "./PointEntryListFilters";
import { ReversePointEntryButton } from "./ReversePointEntryButton";

const PointEntryListActions = () => (
  <TopToolbar>
    <ExportButton />
  </TopToolbar>
);

/** 积分流水: every change of every balance in scope, newest first, never edited. */
export const PointEntryList = () => {
  const user = useSessionUser();
  const staffAbove = user?.role !== "VILLAGE_COMMITTEE";
  return (
    <List
      filters={pointEntryFilters(staffAbove)}
      sort={{ field: "id", order: "DESC" }}
      perPage={25}
      actions={<PointEntryListActions />}
      empty={<EmptyState message="resources.pointEntries.empty" />}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="deedDate" />
        {staffAbove && (
          <DataTable.Col source="villageId" disableSort>
            <ReferenceField source="villageId" reference="villages" link={false} />
          </DataTable.Col>
        )}
        <DataTable.Col source="householdId" disableSort>
          <ReferenceField source="householdId" reference="households" link="show" />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EntryKindField />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="delta" align="right">
          <DeltaField source="delta" />
        </DataTable.Col>
        <DataTable.Col source="balanceAfter" disableSort align="right">
          <PointsField source="balanceAfter" />
        </DataTable.Col>
        <DataTable.Col source="recordedAt">
          <DateTimeField source="recordedAt" />
        </DataTable.Col>
        <DataTable.Col label="" disableSort>
          <ReversePointEntryButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
