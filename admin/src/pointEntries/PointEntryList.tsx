import { ExportButton, List, TopToolbar } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { useSessionUser } from "../common/session";
import { PointEntryGrid } from "./PointEntryGrid";
import { pointEntryFilters } from "./PointEntryListFilters";

const PointEntryListActions = () => (
  <TopToolbar>
    <ExportButton />
  </TopToolbar>
);

/** 积分流水: every change of every balance in scope, the newest deed first (the date shown first), never edited. */
export const PointEntryList = () => {
  const user = useSessionUser();
  const staffAbove = user?.role !== "VILLAGE_COMMITTEE";
  return (
    <List
      filters={pointEntryFilters(staffAbove)}
      sort={{ field: "deedDate", order: "DESC" }}
      perPage={25}
      actions={<PointEntryListActions />}
      empty={<EmptyState message="resources.pointEntries.empty" />}
    >
      <PointEntryGrid showVillage={staffAbove} showHousehold />
    </List>
  );
};
