// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, afterEach, beforeAll } from "vitest";
import { shootOpenPages } from "./browser";
import { clearOfDistrictMidnight } from "./district-midnight";

// Before the test file loads and fixes its "today" (district-midnight.ts).
await clearOfDistrictMidnight();

// When the file's own set-up began and its tear-down ended, so the run's
// closing report (slowest-reporter.ts) can say how long the hooks took.
// Registered before the file's hooks: this beforeAll runs first and, hooks
// running as a stack, this afterAll last.
beforeAll(({}, file) => {
  file.meta.hooksStartedAt = Date.now();
});
afterAll(({}, file) => {
  file.meta.hooksEndedAt = Date.now();
});

// A failed test's open browser pages, shot before the file's afterAll closes its browser.
afterEach(async ({ task }) => {
  if (task.result?.state === "fail") await shootOpenPages(task.name);
});

declare module "vitest" {
  interface TaskMeta {
    hooksStartedAt?: number;
    hooksEndedAt?: number;
  }
}
