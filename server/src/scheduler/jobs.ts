import type { Config } from "../config";
import type { Logger } from "../logger";
import { dueAssignmentsJob } from "./due-assignments-job";
import { followUpDueJob } from "./follow-up-due-job";
import { publicityEndsJob } from "./publicity-ends-job";
import type { Job } from "./scheduler";

/** What the scheduler runs each tick, in this order. */
export function scheduledJobs(_config: Config, _logger: Logger): Job[] {
  return [dueAssignmentsJob, followUpDueJob, publicityEndsJob];
}
