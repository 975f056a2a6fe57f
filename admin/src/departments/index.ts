import CorporateFareIcon from "@mui/icons-material/CorporateFare";
import { lazyView } from "../common/lazyView";

export default {
  list: lazyView(() => import("./DepartmentList"), "DepartmentList"),
  show: lazyView(() => import("./DepartmentShow"), "DepartmentShow"),
  edit: lazyView(() => import("./DepartmentEdit"), "DepartmentEdit"),
  create: lazyView(() => import("./DepartmentCreate"), "DepartmentCreate"),
  icon: CorporateFareIcon,
  recordRepresentation: "name",
};
