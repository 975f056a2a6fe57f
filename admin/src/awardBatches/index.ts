import CampaignIcon from "@mui/icons-material/Campaign";
import type { AwardBatch } from "../types";
import { AwardBatchList } from "./AwardBatchList";
import { AwardBatchShow } from "./AwardBatchShow";

// Batches are made by the award screen (awards/), never created here.
export default {
  list: AwardBatchList,
  show: AwardBatchShow,
  icon: CampaignIcon,
  recordRepresentation: (record: AwardBatch) => record.reason,
};
