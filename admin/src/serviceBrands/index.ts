import LoyaltyIcon from "@mui/icons-material/Loyalty";
import { ServiceBrandCreate } from "./ServiceBrandCreate";
import { ServiceBrandEdit } from "./ServiceBrandEdit";
import { ServiceBrandList } from "./ServiceBrandList";

export default {
  list: ServiceBrandList,
  edit: ServiceBrandEdit,
  create: ServiceBrandCreate,
  icon: LoyaltyIcon,
  recordRepresentation: "name",
};
