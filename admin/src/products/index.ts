import StorefrontIcon from "@mui/icons-material/Storefront";
import type { Product } from "../types";
import { lazyView } from "../common/lazyView";

export default {
  list: lazyView(() => import("./ProductList"), "ProductList"),
  show: lazyView(() => import("./ProductShow"), "ProductShow"),
  edit: lazyView(() => import("./ProductEdit"), "ProductEdit"),
  create: lazyView(() => import("./ProductCreate"), "ProductCreate"),
  icon: StorefrontIcon,
  recordRepresentation: (record: Product) => record.name,
};
