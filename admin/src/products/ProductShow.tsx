import {
  BooleanField,
  EditButton,
  ListButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from "react-admin";
import { DateTimeField, PointsField } from "../common/fields";
import { ProductStockMovements } from "./ProductStockMovements";
import { RestockProductButton } from "./RestockProductButton";
import { StockField } from "./StockField";
import { ProductPhotoShow } from "./ProductPhoto";

const ProductShowActions = () => (
  <TopToolbar>
    <ListButton />
    <RestockProductButton />
    <EditButton />
  </TopToolbar>
);

export const ProductShow = () => (
  <Show actions={<ProductShowActions />}>
    <SimpleShowLayout>
      <ProductPhotoShow label="app.photos.one_photo" />
      <ReferenceField source="villageId" reference="villages" link={false} />
      <TextField source="name" />
      <TextField source="unit" />
      <PointsField source="price" />
      <StockField label="resources.products.fields.stock" />
      <BooleanField source="active" />
      <DateTimeField source="updatedAt" />
      <ProductStockMovements />
    </SimpleShowLayout>
  </Show>
);
