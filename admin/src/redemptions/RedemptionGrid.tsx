import { DataTable, ReferenceField } from "react-admin";
import { DateTimeField, PointsField, StatusChipField } from "../common/fields";
import { RedemptionHouseholdField, RedemptionItemsField, redemptionStatusColors } from "./RedemptionFields";

/**
 * Redemptions as a table: the shop's list (village, household, event), an
 * exchange event's (household) and a household's own (neither).
 */
export const RedemptionGrid = ({
  showVillage = false,
  showHousehold = false,
  showEvent = false,
}: {
  showVillage?: boolean;
  showHousehold?: boolean;
  showEvent?: boolean;
}) => (
  <DataTable bulkActionButtons={false} rowClick="show">
    <DataTable.Col source="createdAt">
      <DateTimeField source="createdAt" />
    </DataTable.Col>
    {showVillage && (
      <DataTable.Col source="villageId" disableSort>
        <ReferenceField source="villageId" reference="villages" link={false} />
      </DataTable.Col>
    )}
    {showHousehold && (
      <DataTable.Col source="householdId">
        <RedemptionHouseholdField />
      </DataTable.Col>
    )}
    <DataTable.Col source="lines" disableSort>
      <RedemptionItemsField />
    </DataTable.Col>
    <DataTable.Col source="total" align="right">
      <PointsField source="total" sx={{ fontWeight: 600 }} />
    </DataTable.Col>
    {showEvent && (
      <DataTable.Col source="eventId" disableSort>
        <ReferenceField source="eventId" reference="exchangeEvents" link={false} emptyText="—" />
      </DataTable.Col>
    )}
    <DataTable.Col source="status">
      <StatusChipField source="status" enumName="RedemptionStatus" colors={redemptionStatusColors} />
    </DataTable.Col>
  </DataTable>
);
