import CorporateFareIcon from "@mui/icons-material/CorporateFare";
import { DepartmentCreate } from "./DepartmentCreate";
import { DepartmentEdit } from "./DepartmentEdit";
import { DepartmentList } from "./DepartmentList";
import { DepartmentShow } from "./DepartmentShow";

export default {
  list: DepartmentList,
  show: DepartmentShow,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  icon: CorporateFareIcon,
  recordRepresentation: "name",
};
