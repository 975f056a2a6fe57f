import PeopleIcon from "@mui/icons-material/People";
import { lazyView } from "../common/lazyView";

export default {
  list: lazyView(() => import("./UserList"), "UserList"),
  show: lazyView(() => import("./UserShow"), "UserShow"),
  edit: lazyView(() => import("./UserEdit"), "UserEdit"),
  create: lazyView(() => import("./UserCreate"), "UserCreate"),
  icon: PeopleIcon,
  recordRepresentation: "displayName",
};
