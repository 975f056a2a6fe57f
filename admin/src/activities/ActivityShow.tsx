import { EditButton, ListButton, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from "react-admin";
import { activityCategoryChoices } from "../volunteer/enums";
import type { Activity } from "../volunteer/types";
import { CancelActivityButton, ConfirmActivityButton, RecordParticipationButton, useActivityPermissions } from "./ActivityActions";
import { ActivityHeader } from "./ActivityHeader";
import { ActivityParticipants } from "./ActivityParticipants";

/** Edit only while planned, and only where the role runs the village's activities. */
const EditWhilePlanned = () => {
  const activity = useRecordContext<Activity>();
  const can = useActivityPermissions(activity);
  return can.edit ? <EditButton /> : null;
};

const ActivityShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditWhilePlanned />
    <RecordParticipationButton />
    <CancelActivityButton />
    <ConfirmActivityButton />
  </TopToolbar>
);

/** One activity: what, where, who took part and the points the ledger gave them. */
export const ActivityShow = () => (
  <Show actions={<ActivityShowActions />}>
    <ActivityHeader />
    <SimpleShowLayout>
      <SelectField source="category" choices={activityCategoryChoices} />
      <ReferenceField source="brandId" reference="serviceBrands" link={false} emptyText="—" />
      <ReferenceField source="teamId" reference="volunteerTeams" link={false} emptyText="—" />
      <ReferenceField source="ruleId" reference="pointRules" link={false} emptyText="—" />
      <TextField source="description" emptyText="—" />
      <ActivityParticipants />
    </SimpleShowLayout>
  </Show>
);
