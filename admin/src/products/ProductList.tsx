import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  CreateButton,
  DataTable,
  EditButton,
  ExportButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TopToolbar,
} from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { PointsField } from "../common/fields";
import { useSessionUser } from "../common/session";
import { RestockProductButton } from "./RestockProductButton";
import { StockField } from "./StockField";

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

const ProductListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** 商品: the village shop's shelf, priced in points. */
export const ProductList = () => {
  const user = useSessionUser();
  const staffAbove = user?.role !== "VILLAGE_COMMITTEE";
  return (
    <List
      filters={productFilters(staffAbove)}
      sort={{ field: "price", order: "ASC" }}
      perPage={50}
      actions={<ProductListActions />}
      empty={<EmptyState message="resources.products.empty" action={<CreateButton variant="contained" />} />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
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
    </List>
  );
};
