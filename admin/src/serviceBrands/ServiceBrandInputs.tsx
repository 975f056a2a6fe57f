import { BooleanInput, TextInput } from "react-admin";
import { requiredFields } from "../common/validation";
import { OwnerInputs } from "../volunteer/OwnerInputs";

export const validateBrand = requiredFields("name");

export const ServiceBrandInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    {variant === "create" && <OwnerInputs />}
    <TextInput source="name" helperText="resources.serviceBrands.helper.name" />
    <TextInput source="description" multiline minRows={2} />
    {variant === "edit" && <BooleanInput source="active" helperText="resources.serviceBrands.helper.active" />}
  </>
);
