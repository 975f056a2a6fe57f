import {
  AutocompleteInput,
  DataTable,
  ReferenceField,
  ReferenceInput,
  SelectInput,
} from "react-admin";
import { DayInput } from "../common/DayInput";
import { exchangeEventStatusChoices } from "../common/choices";
import { CreatableList } from "../common/CreatableList";
import { useSessionUser } from "../common/session";
import { ExchangeEventStatusButton } from "./ExchangeEventStatusButton";
import { ExchangeEventStatusField } from "./ExchangeEventStatusField";

const eventFilters = (withVillage: boolean) => [
  ...(withVillage
    ? [
        <ReferenceInput key="villageId" source="villageId" reference="villages" filter={{ hasShop: true }} alwaysOn>
          <AutocompleteInput />
        </ReferenceInput>,
      ]
    : []),
  <SelectInput key="status" source="status" choices={exchangeEventStatusChoices} alwaysOn />,
  <DayInput key="from" source="from" />,
  <DayInput key="to" source="to" />,
];

/** 兑换活动: the days the village shop opens for exchanges. */
export const ExchangeEventList = () => {
  const user = useSessionUser();
  const staffAbove = user?.role !== "VILLAGE_COMMITTEE";
  return (
    <CreatableList
      perPage={25}
      filters={eventFilters(staffAbove)}
      sort={{ field: "date", order: "DESC" }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="date" />
        <DataTable.Col source="title" />
        {staffAbove && (
          <DataTable.Col source="villageId">
            <ReferenceField source="villageId" reference="villages" link={false} />
          </DataTable.Col>
        )}
        <DataTable.Col source="status">
          <ExchangeEventStatusField />
        </DataTable.Col>
        <DataTable.Col label="" disableSort>
          <ExchangeEventStatusButton closeOnly />
        </DataTable.Col>
      </DataTable>
    </CreatableList>
  );
};
