import StorefrontIcon from "@mui/icons-material/Storefront";
import type { Product } from "../types";
import { ProductCreate } from "./ProductCreate";
import { ProductEdit } from "./ProductEdit";
import { ProductList } from "./ProductList";
import { ProductShow } from "./ProductShow";

export default {
  list: ProductList,
  show: ProductShow,
  edit: ProductEdit,
  create: ProductCreate,
  icon: StorefrontIcon,
  recordRepresentation: (record: Product) => record.name,
};
