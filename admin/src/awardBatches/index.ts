import { lazyView } from "../common/lazyView";
import CampaignIcon from "@mui/icons-material/Campaign";
import type { AwardBatch } from "../types";

// Batches are made by the award screen (awards/), never created here.

export default {
  list: lazyView(() => import("./AwardBatchList"), "AwardBatchList"),
  show: lazyView(() => import("./AwardBatchShow"), "AwardBatchShow"),
  icon: CampaignIcon,
  recordRepresentation: (record: AwardBatch) => record.reason,
};
