import { DataTable, ReferenceField, TextField, useRecordContext } from "react-admin";
import { PhotoCount } from "../photos/PhotoCount";
import type { PointEntry } from "../types";
import { DateTimeField, DeltaField, PointsField } from "../common/fields";
import { EntryKindField } from "./EntryKindField";
import { ReversePointEntryButton } from "./ReversePointEntryButton";
import { PointEntryCards } from "./PointEntryCards";
import { useIsSmall } from "../common/useIsSmall";

/**
 * Point entries as a table: the ledger's list and a household's page. The
 * village and household columns are for lists that span several of them.
 * On a phone, cards (PointEntryCards).
 */
export const PointEntryGrid = ({ showVillage = false, showHousehold = false }: { showVillage?: boolean; showHousehold?: boolean }) =>
  useIsSmall() ? <PointEntryCards showHousehold={showHousehold} /> : <PointEntryTable showVillage={showVillage} showHousehold={showHousehold} />;

/** An award's photos as a camera and their number, opening the viewer. */
const EntryPhotos = () => <PhotoCount photos={useRecordContext<PointEntry>()?.attachments} />;

const PointEntryTable = ({ showVillage, showHousehold }: { showVillage: boolean; showHousehold: boolean }) => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col source="deedDate" />
    {showVillage && (
      <DataTable.Col source="villageId" disableSort>
        <ReferenceField source="villageId" reference="villages" link={false} />
      </DataTable.Col>
    )}
    {showHousehold && (
      <DataTable.Col source="householdId" disableSort>
        <ReferenceField source="householdId" reference="households" link="show" />
      </DataTable.Col>
    )}
    <DataTable.Col source="kind">
      <EntryKindField />
    </DataTable.Col>
    <DataTable.Col source="reason" disableSort>
      <TextField source="reason" /> <EntryPhotos />
    </DataTable.Col>
    <DataTable.Col source="delta" align="right">
      <DeltaField source="delta" requestedSource="requestedDelta" />
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
);
