import RecordVoiceOverIcon from "@mui/icons-material/RecordVoiceOver";
import { lazyView } from "../common/lazyView";
import type { CivicMatter } from "./civicTypes";

// 民事直说: matters change only through the workflow's steps (MatterActions), never by an edit form.
export default {
  list: lazyView(() => import("./CivicMatterList"), "CivicMatterList"),
  show: lazyView(() => import("./CivicMatterShow"), "CivicMatterShow"),
  create: lazyView(() => import("./CivicMatterCreate"), "CivicMatterCreate"),
  icon: RecordVoiceOverIcon,
  recordRepresentation: (record: CivicMatter) => `${record.code} ${record.title}`,
};
