import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, TextInput } from "react-admin";
import { useSessionUser } from "../common/session";

/**
 * Shared by create and edit. The shop (village) and the opening stock are set
 * once, at creation; afterwards stock changes only by restocking and sales.
 */
export const ProductInputs = ({ variant }: { variant: "create" | "edit" }) => {
  const user = useSessionUser();
  return (
    <>
      {variant === "create" && user?.role === "DISTRICT_ADMIN" && (
        <ReferenceInput source="villageId" reference="villages" filter={{ hasShop: true }}>
          <AutocompleteInput />
        </ReferenceInput>
      )}
      <TextInput source="name" />
      <TextInput source="unit" helperText="resources.products.helper.unit" />
      <NumberInput source="price" min={1} step={1} helperText="resources.products.helper.price" />
      {variant === "create" && <NumberInput source="stock" min={0} step={1} helperText="resources.products.helper.stock" />}
      {variant === "edit" && <BooleanInput source="active" helperText="resources.products.helper.active" />}
    </>
  );
};
