import { abuseFigures } from "./abuse";
import { apiFigures } from "./api-figures";
import { consoleBudget } from "./console-budget";
import { districtFigures } from "./district/district";
import { startFigures } from "./start-figures";
import { uploadFigures } from "./upload-figures";

// `pnpm bench`: figures printed for people to read, never asserted (timed
// tests are flaky on shared machines). Needs the console built (pnpm start
// or `pnpm --filter @cunwu/admin build`).

const benches: Record<string, () => Promise<void>> = {
  api: apiFigures,
  abuse: abuseFigures,
  console: consoleBudget,
  district: districtFigures,
  start: startFigures,
  upload: uploadFigures,
};

const chosen = process.argv.slice(2);
for (const [name, bench] of Object.entries(benches)) {
  if (chosen.length && !chosen.includes(name)) continue;
  await bench();
}
process.exit(0);
