import type { FileStorage } from "../files/storage";
import { abandonedAfterHours, removeAbandonedUploads } from "../files/upload-service";
import { withJobLock } from "./job-lock";
import type { Job } from "./scheduler";

/**
 * Photos uploaded but never attached to a record within 24 hours (a form
 * left unsent, a phone that gave up) are removed, bytes and row: an upload
 * is only kept for the record that names it.
 */
export const abandonedUploadsJob = (storage: FileStorage): Job => ({
  key: "abandoned-uploads",
  run: ({ db, now }) =>
    withJobLock(db, "abandoned-uploads", async (tx) => ({
      abandonedUploadsRemoved: await removeAbandonedUploads(tx, storage, new Date(now.getTime() - abandonedAfterHours * 3_600_000)),
    })),
});
