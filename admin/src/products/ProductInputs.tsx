import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput } from "react-admin";
import { useSessionUser } from "../common/session";
import { WholeNumberInput } from "../common/WholeNumberInput";
import { ProductPhotoInput } from "./ProductPhoto";

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
          <AutocompleteInput isRequired />
        </ReferenceInput>
      )}
      <TextInput source="name" isRequired />
      <TextInput source="unit" isRequired helperText="resources.products.helper.unit" />
      <WholeNumberInput source="price" isRequired min={1} helperText="resources.products.helper.price" />
      {variant === "create" && <WholeNumberInput source="stock" min={0} helperText="resources.products.helper.stock" />}
      {variant === "edit" && <BooleanInput source="active" helperText="resources.products.helper.active" />}
      <ProductPhotoInput />
    </>
  );
};
