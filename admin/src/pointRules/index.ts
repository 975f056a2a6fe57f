import RuleIcon from "@mui/icons-material/Rule";
import type { PointRule } from "../types";
import { lazyView } from "../common/lazyView";

export default {
  list: lazyView(() => import("./PointRuleList"), "PointRuleList"),
  edit: lazyView(() => import("./PointRuleEdit"), "PointRuleEdit"),
  create: lazyView(() => import("./PointRuleCreate"), "PointRuleCreate"),
  icon: RuleIcon,
  recordRepresentation: (record: PointRule) => `${record.name}（${record.points > 0 ? "+" : ""}${record.points}）`,
};
