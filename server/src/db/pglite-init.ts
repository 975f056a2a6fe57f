import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../paths";

// A fresh data folder's first start runs initdb inside PGlite's wasm memory,
// which grows to ~780 MB and is never given back: the server kept it for its
// whole life (699 MB at /healthz on a cold start, 232 MB on a warm one). The
// cluster is made in a short-lived child process instead, and the server
// opens it as it opens any existing folder.
//
// initdb itself takes 5–6 s of a cold start's ~10. The server's build makes
// one fresh cluster (the cluster template, a closed data folder named by
// PGlite's version, so a template of another version is never used); a
// fresh folder starts as a copy of it, in a fraction of a second. Without
// a template (a run from the sources before any build), initdb runs.

const pgliteVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, "server/node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string }).version;

/** Where the build keeps the template of this PGlite version. */
export const clusterTemplate = path.join(repoRoot, "server/dist", `pglite-${pgliteVersion}-cluster`);

const initdbScript = `import { PGlite } from "@electric-sql/pglite";
const pg = await PGlite.create(process.argv[1]);
await pg.close();`;

/** initdb into `pgdata`, in a child process. */
async function initdbApart(pgdata: string): Promise<void> {
  // Bare imports in `-e` resolve from the working directory: this module's, beside the server's node_modules.
  const child = spawn(process.execPath, ["--input-type=module", "-e", initdbScript, pgdata], {
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

const isCluster = (dir: string) => fs.existsSync(path.join(dir, "PG_VERSION"));

export type ClusterOrigin = "existing" | "template" | "initdb";

/** Creates PGlite's cluster in `pgdata`, unless it is there: a copy of the template when there is one, else initdb apart. */
export async function createClusterApart(pgdata: string, template = clusterTemplate): Promise<ClusterOrigin> {
  if (isCluster(pgdata)) return "existing";
  if (isCluster(template)) {
    // PG_VERSION last: a copy cut short is not taken for a cluster at the next start.
    const marker = path.join(template, "PG_VERSION");
    fs.cpSync(template, pgdata, { recursive: true, filter: (source) => source !== marker });
    fs.copyFileSync(marker, path.join(pgdata, "PG_VERSION"));
    return "template";
  }
  await initdbApart(pgdata);
  return "initdb";
}

/** Makes the template (the server's build calls this): a fresh cluster, moved into place whole. */
export async function makeClusterTemplate(dir = clusterTemplate): Promise<void> {
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  try {
    await initdbApart(partial);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(partial, dir);
  } finally {
    fs.rmSync(partial, { recursive: true, force: true });
  }
}
