import { Labeled, ReferenceField, useRecordContext } from "react-admin";
import type { User } from "../types";
import { scopeFieldOf, scopeReference } from "./userScope";

/**
 * The scope the user's role needs, labelled by its own field name. Pass
 * `label={false}` inside SimpleShowLayout: this field labels itself.
 */
export const UserScopeField = (_props: { label?: false }) => {
  const record = useRecordContext<User>();
  const field = record ? scopeFieldOf[record.role] : null;
  if (!field) return null;
  return (
    <Labeled>
      <ReferenceField source={field} reference={scopeReference[field]} />
    </Labeled>
  );
};
