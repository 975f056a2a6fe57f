import type { Config } from "../config";
import type { Logger } from "../logger";
import { dueAssignmentsJob } from "./due-assignments-job";
import { followUpDueJob } from "./follow-up-due-job";
import { outboxJob, smsSenderFor } from "./outbox-job";
import { publicityEndsJob } from "./publicity-ends-job";
import { abandonedUploadsJob } from "./abandoned-uploads-job";
import { monthSumFoldJob } from "./month-sum-fold-job";
import { databaseStorage } from "../files/storage";
import type { Job } from "./scheduler";

/** What the scheduler runs each tick, in this order: the notifications due by time, the text messages, the sweep of abandoned uploads, then the fold of the monthly sums' quiet slots. */
export function scheduledJobs(config: Config, logger: Logger): Job[] {
  return [dueAssignmentsJob, followUpDueJob, publicityEndsJob, outboxJob(config.sms, smsSenderFor(config.sms, logger)), abandonedUploadsJob(databaseStorage), monthSumFoldJob];
}
