// The server's build runs this (build.mjs): PGlite's fresh cluster, made
// once here, so a fresh data folder's start copies it instead of running
// initdb (pglite-init.ts).
import path from "node:path";
import { clusterTemplate, makeClusterTemplate } from "./pglite-init";

await makeClusterTemplate();
process.stdout.write(`cluster template: ${path.basename(clusterTemplate)}\n`);
