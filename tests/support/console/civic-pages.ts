import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { artifactsDir } from "../browser";
import { waitIdle } from "./pages";

// A civic matter's page in the console, as the civic browser tests read it.

export const dialog = (page: Page) => page.getByRole("dialog");

/** A screenshot with the dialog open (shoot waits for dialogs to close). */
export async function shootDialog(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await waitIdle(page);
  await page.waitForTimeout(300); // the dialog's fade-in
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage });
}

/** Waits until the matter's status chip (the first on the page) reads `label`. */
export const statusShows = (page: Page, label: string) =>
  page.getByTestId("civic-status").first().filter({ hasText: new RegExp(`^${label}$`) }).waitFor();

/** The timeline's events as one text. */
export const timelineTexts = async (page: Page) => (await page.getByTestId("timeline-event").allInnerTexts()).join("\n");
