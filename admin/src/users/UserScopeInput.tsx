import { AutocompleteInput, FormDataConsumer, ReferenceInput } from "react-admin";
import type { Role } from "../common/enums";
import { scopeFieldOf, scopeReference } from "./userScope";

/** The one scope id the chosen role needs: township, village, department or household. */
export const UserScopeInput = () => (
  <FormDataConsumer<{ role?: Role }>>
    {({ formData }) => {
      const field = formData.role ? scopeFieldOf[formData.role] : null;
      if (!field) return null;
      return (
        <ReferenceInput key={field} source={field} reference={scopeReference[field]}>
          <AutocompleteInput />
        </ReferenceInput>
      );
    }}
  </FormDataConsumer>
);
