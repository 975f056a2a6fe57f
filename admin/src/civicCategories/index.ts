import CategoryIcon from "@mui/icons-material/Category";
import type { CivicCategory } from "../volunteer/types";
import { CivicCategoryCreate } from "./CivicCategoryCreate";
import { CivicCategoryEdit } from "./CivicCategoryEdit";
import { CivicCategoryList } from "./CivicCategoryList";

// Kept by the district admin; every matter names one.
export default {
  list: CivicCategoryList,
  edit: CivicCategoryEdit,
  create: CivicCategoryCreate,
  icon: CategoryIcon,
  recordRepresentation: (record: CivicCategory) => `${record.code} ${record.name}`,
};
