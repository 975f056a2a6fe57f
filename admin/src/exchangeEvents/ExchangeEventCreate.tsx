import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput } from "react-admin";
import { DayInput } from "../common/DayInput";
import { districtToday } from "../common/format";
import { requiredFields } from "../common/validation";
import { getUser } from "../providers/session";

const defaultValues = () => {
  const user = getUser();
  return { villageId: user?.role === "VILLAGE_COMMITTEE" ? user.villageId : undefined, date: districtToday() };
};

export const ExchangeEventCreate = () => {
  const admin = getUser()?.role === "DISTRICT_ADMIN";
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaultValues} validate={requiredFields("villageId", "date", "title")}>
        {admin && (
          <ReferenceInput source="villageId" reference="villages" filter={{ hasShop: true }}>
            <AutocompleteInput />
          </ReferenceInput>
        )}
        <DayInput source="date" />
        <TextInput source="title" helperText="resources.exchangeEvents.helper.title" />
      </SimpleForm>
    </Create>
  );
};
