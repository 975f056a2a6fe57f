import {
  DataTable,
  ReferenceField,
  SelectField,
  SimpleList,
  useTranslate,
} from "react-admin";
import { CreatableList } from "../common/CreatableList";
import { useSessionUser } from "../common/session";
import { useIsSmall } from "../common/useIsSmall";
import { activityCategoryChoices } from "../volunteer/enums";
import type { Activity } from "../volunteer/types";
import { activityFilters } from "./ActivityListFilters";
import { ActivityPointsField } from "./ActivityPointsField";
import { ActivityStatusField } from "./ActivityStatusField";

/** 文明实践活动: planned, held and cancelled, newest first. */
export const ActivityList = () => {
  const user = useSessionUser();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const manyVillages = user?.role !== "VILLAGE_COMMITTEE" && user?.role !== "RESIDENT";
  return (
    <CreatableList
      exportable
      filters={activityFilters(user)}
      sort={{ field: "date", order: "DESC" }}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList<Activity>
          primaryText={(a) => a.title}
          secondaryText={(a) => `${a.date}${a.place ? ` · ${a.place}` : ""}`}
          tertiaryText={(a) => translate(`enums.ActivityStatus.${a.status}`)}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="date" />
          <DataTable.Col source="title" />
          {manyVillages && (
            <DataTable.Col source="villageId">
              <ReferenceField source="villageId" reference="villages" link={false} />
            </DataTable.Col>
          )}
          <DataTable.Col source="brandId" disableSort>
            <ReferenceField source="brandId" reference="serviceBrands" link={false} />
          </DataTable.Col>
          <DataTable.Col source="category">
            <SelectField source="category" choices={activityCategoryChoices} />
          </DataTable.Col>
          <DataTable.Col source="points" disableSort align="right">
            <ActivityPointsField />
          </DataTable.Col>
          <DataTable.Col source="participantCount" disableSort align="right" />
          <DataTable.Col source="status">
            <ActivityStatusField />
          </DataTable.Col>
        </DataTable>
      )}
    </CreatableList>
  );
};
