import { lazyView } from "../common/lazyView";
import CategoryIcon from "@mui/icons-material/Category";
import type { CivicCategory } from "../volunteer/types";

// Kept by the district admin; every matter names one.
export default {
  list: lazyView(() => import("./CivicCategoryList"), "CivicCategoryList"),
  edit: lazyView(() => import("./CivicCategoryEdit"), "CivicCategoryEdit"),
  create: lazyView(() => import("./CivicCategoryCreate"), "CivicCategoryCreate"),
  icon: CategoryIcon,
  recordRepresentation: (record: CivicCategory) => `${record.code} ${record.name}`,
};
