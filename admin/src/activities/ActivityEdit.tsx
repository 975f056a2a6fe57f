import { Edit, SimpleForm, useRecordContext } from "react-admin";
import type { Activity } from "../volunteer/types";
import { toActivityInput, validateActivity } from "./activityForm";
import { ActivityInputs } from "./ActivityInputs";

const ActivityEditForm = () => {
  const activity = useRecordContext<Activity>();
  if (!activity) return null;
  return (
    <SimpleForm defaultValues={{ pointsMode: activity.ruleId ? "rule" : "points" }} validate={validateActivity}>
      <ActivityInputs variant="edit" />
    </SimpleForm>
  );
};

// Only while PLANNED (the show page offers it only then; the server says CONFLICT otherwise).
export const ActivityEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" transform={toActivityInput}>
    <ActivityEditForm />
  </Edit>
);
