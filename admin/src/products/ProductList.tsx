import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  DataTable,
  EditButton,
  ReferenceField,
  ReferenceInput,
  SearchInput,
} from "react-admin";
import { CreatableList } from "../common/CreatableList";
import { PointsField } from "../common/fields";
import { useSessionUser } from "../common/session";
import { RestockProductButton } from "./RestockProductButton";
import { StockField } from "./StockField";
import { ProductPhotoField } from "./ProductPhoto";

const productFilters = (withVillage: boolean) => [
  <SearchInput key="q" source="q" alwaysOn />,
  ...(withVillage
    ? [
        <ReferenceInput key="villageId" source="villageId" reference="villages" filter={{ hasShop: true }} alwaysOn>
          <AutocompleteInput />
        </ReferenceInput>,
      ]
    : []),
  <BooleanInput key="active" source="active" />,
];

/** 商品: the village shop's shelf, priced in points. */
export const ProductList = () => {
  const user = useSessionUser();
  const staffAbove = user?.role !== "VILLAGE_COMMITTEE";
  return (
    <CreatableList
      exportable
      filters={productFilters(staffAbove)}
      sort={{ field: "price", order: "ASC" }}
      perPage={50}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col label="app.photos.one_photo" disableSort>
          <ProductPhotoField />
        </DataTable.Col>
        <DataTable.Col source="name" />
        {staffAbove && (
          <DataTable.Col source="villageId">
            <ReferenceField source="villageId" reference="villages" link={false} />
          </DataTable.Col>
        )}
        <DataTable.Col source="price" align="right">
          <PointsField source="price" sx={{ fontWeight: 600 }} />
        </DataTable.Col>
        <DataTable.Col source="stock" align="right">
          <StockField />
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col label="" disableSort>
          <RestockProductButton />
          <EditButton />
        </DataTable.Col>
      </DataTable>
    </CreatableList>
  );
};
