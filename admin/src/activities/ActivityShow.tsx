import { EditButton, ListButton, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from "react-admin";
import { allows } from "../common/allowed";
import { useSessionUser } from "../common/session";
import { activityCategoryChoices } from "../volunteer/enums";
import type { Activity } from "../volunteer/types";
import { CancelActivityButton, ConfirmActivityButton, RecordParticipationButton } from "./ActivityActions";
import { ActivityHeader } from "./ActivityHeader";
import { ActivityParticipants } from "./ActivityParticipants";

/** Edit where the server allows it (a planned activity, for whoever runs its village's). */
const EditWhilePlanned = () => {
  const activity = useRecordContext<Activity>();
  return allows(activity, "UPDATE") ? <EditButton /> : null;
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

/** Category, and brand, team, rule and description where the activity has them. */
const ActivityDetails = () => {
  const activity = useRecordContext<Activity>();
  if (!activity) return null;
  return (
    <SimpleShowLayout>
      <SelectField source="category" choices={activityCategoryChoices} />
      {activity.brandId && <ReferenceField source="brandId" reference="serviceBrands" link={false} />}
      {activity.teamId && <ReferenceField source="teamId" reference="volunteerTeams" link={false} />}
      {activity.ruleId && <ReferenceField source="ruleId" reference="pointRules" link={false} />}
      {activity.description && <TextField source="description" />}
      <ActivityParticipants />
    </SimpleShowLayout>
  );
};

/** One activity: what, where, who took part and the points the ledger gave them. */
export const ActivityShow = () => {
  const resident = useSessionUser()?.role === "RESIDENT";
  return (
    <Show actions={resident ? false : <ActivityShowActions />}>
      <ActivityHeader />
      <ActivityDetails />
    </Show>
  );
};
