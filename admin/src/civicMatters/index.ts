import RecordVoiceOverIcon from "@mui/icons-material/RecordVoiceOver";
import type { CivicMatter } from "./civicTypes";
import { CivicMatterCreate } from "./CivicMatterCreate";
import { CivicMatterList } from "./CivicMatterList";
import { CivicMatterShow } from "./CivicMatterShow";

// 民事直说: matters change only through the workflow's steps (MatterActions), never by an edit form.
export default {
  list: CivicMatterList,
  show: CivicMatterShow,
  create: CivicMatterCreate,
  icon: RecordVoiceOverIcon,
  recordRepresentation: (record: CivicMatter) => `${record.code} ${record.title}`,
};
