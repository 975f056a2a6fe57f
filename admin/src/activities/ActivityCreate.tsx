import { Create, SimpleForm } from "react-admin";
import { districtToday } from "../common/format";
import { getUser } from "../providers/session";
import { toActivityInput, validateActivity } from "./activityForm";
import { ActivityInputs } from "./ActivityInputs";

// A committee plans its own village's activities.
const defaultValues = () => {
  const user = getUser();
  return {
    villageId: user?.role === "VILLAGE_COMMITTEE" ? user.villageId : undefined,
    date: districtToday(),
    category: "ELDERLY_AND_LEFT_BEHIND",
    pointsMode: "points",
    pointsPerParticipant: 5,
  };
};

export const ActivityCreate = () => (
  <Create redirect="show" transform={toActivityInput}>
    <SimpleForm defaultValues={defaultValues} validate={validateActivity}>
      <ActivityInputs variant="create" />
    </SimpleForm>
  </Create>
);
