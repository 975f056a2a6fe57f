import PrintIcon from "@mui/icons-material/Print";
import { Button } from "react-admin";

/** How long printing waits for the page's photos at most (a link that never answers must not block it). */
const IMAGE_WAIT_MS = 10_000;

/**
 * Resolves once every image of the page has loaded or failed: a photo still
 * on its way would print as an empty box (the 公示榜's photos are signed
 * links fetched when the page opens).
 */
export const imagesLoaded = (root: ParentNode = document): Promise<void> => {
  const waiting = [...root.querySelectorAll("img")].filter((img) => !img.complete);
  if (waiting.length === 0) return Promise.resolve();
  const all = Promise.all(
    waiting.map((img) => new Promise<void>((resolve) => {
      img.addEventListener("load", () => resolve(), { once: true });
      img.addEventListener("error", () => resolve(), { once: true });
    })),
  );
  return Promise.race([all.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, IMAGE_WAIT_MS))]);
};

/** Prints the page once its images are in; print.css leaves out the menus and buttons. */
export const PrintButton = () => (
  <Button
    label="app.common.print"
    onClick={() => {
      void imagesLoaded().then(() => window.print());
    }}
  >
    <PrintIcon />
  </Button>
);
