import RuleIcon from "@mui/icons-material/Rule";
import type { PointRule } from "../types";
import { PointRuleCreate } from "./PointRuleCreate";
import { PointRuleEdit } from "./PointRuleEdit";
import { PointRuleList } from "./PointRuleList";

export default {
  list: PointRuleList,
  edit: PointRuleEdit,
  create: PointRuleCreate,
  icon: RuleIcon,
  recordRepresentation: (record: PointRule) => `${record.name}（${record.points > 0 ? "+" : ""}${record.points}）`,
};
