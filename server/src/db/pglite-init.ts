import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// A fresh data folder's first start runs initdb inside PGlite's wasm memory,
// which grows to ~780 MB and is never given back: the server kept it for its
// whole life (699 MB at /healthz on a cold start, 232 MB on a warm one). The
// cluster is made in a short-lived child process instead, and the server
// opens it as it opens any existing folder.

const initScript = `import { PGlite } from "@electric-sql/pglite";
const pg = await PGlite.create(process.argv[1]);
await pg.close();`;

/** Creates PGlite's cluster in `pgdata` in a child process, unless it is there. */
export async function createClusterApart(pgdata: string): Promise<void> {
  if (fs.existsSync(path.join(pgdata, "PG_VERSION"))) return;
  // Bare imports in `-e` resolve from the working directory: this module's, beside the server's node_modules.
  const child = spawn(process.execPath, ["--input-type=module", "-e", initScript, pgdata], {
    cwd: import.meta.dirname,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`could not create the embedded database in ${pgdata} (exit ${code}): ${stderr.trim().slice(-500)}`);
}
