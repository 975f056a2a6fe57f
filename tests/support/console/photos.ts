import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import sharp from "sharp";
import { expect } from "vitest";
import { settle } from "./pages";

// Photos as the browser tests pick them: drawn files on disk, handed to a
// PhotoPicker's album input, waited for until the server has taken them.

/** A folder of drawn photos for one test file; `remove` when done. */
export function photoFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-photos-"));
  return {
    /** A plain-coloured PNG (a few KB), `name` in the folder. */
    async drawn(name: string, colour: string, width = 800, height = 600): Promise<string> {
      const file = path.join(dir, name);
      await sharp({ create: { width, height, channels: 3, background: colour } }).png().toFile(file);
      return file;
    },
    /** A PNG of noise: `bytes` large and at most 2560 px, so the browser sends it as it is. */
    async noisy(name: string, side: number): Promise<string> {
      const file = path.join(dir, name);
      await sharp({ create: { width: side, height: side, channels: 3, background: "#777", noise: { type: "gaussian", mean: 120, sigma: 60 } } })
        .png()
        .toFile(file);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Picks `files` from the album in the picker within `scope` (a page or a dialog) and waits until all have arrived. */
export async function pickPhotos(scope: Page | Locator, files: string[]): Promise<void> {
  const picker = scope.getByTestId("photo-picker");
  const before = await picker.locator('[data-testid="picked-photo"][data-uploaded="yes"]').count();
  await picker.getByTestId("photo-album").setInputFiles(files);
  await expect.poll(() => picker.locator('[data-testid="picked-photo"][data-uploaded="yes"]').count(), settle).toBe(before + files.length);
}

/** The thumbnails within `scope` once their signed links have loaded (each image's natural width). */
export const loadedThumbnailWidths = (scope: Page | Locator) =>
  scope.getByTestId("photo-thumbnail").evaluateAll((images) => images.map((img) => (img as HTMLImageElement).naturalWidth));
