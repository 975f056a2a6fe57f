#!/usr/bin/env node
// Builds the console and/or the server bundle only when its sources changed
// since its last build: `pnpm start` on a current build starts at once.
// A build writes a stamp beside its output: the hash of its inputs' contents
// (not mtimes, which a checkout or copy changes without changing anything).
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const shared = ["pnpm-lock.yaml", "tsconfig.base.json", "scripts/build-if-stale.mjs"];

/** Each target: what its build reads, where it writes, and how it builds. */
const targets = {
  console: {
    inputs: ["admin/src", "admin/index.html", "admin/vite.config.ts", "admin/tsconfig.json", "admin/package.json", ...shared],
    output: "admin/dist",
    command: "pnpm --filter @cunwu/admin build",
  },
  server: {
    inputs: ["server/src", "server/build.mjs", "server/package.json", "server/tsconfig.json", "schema/src", "schema/package.json", ...shared],
    output: "server/dist",
    command: "pnpm --filter @cunwu/server build",
  },
};

function files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) => files(path.join(entry, d.name)))
    .sort();
}

function hashOf(inputs) {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap(files)) {
    hash.update(file.split(path.sep).join("/")).update("\0").update(fs.readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

const names = process.argv.slice(2);
if (names.length === 0 || names.some((n) => !(n in targets))) {
  process.stderr.write(`usage: build-if-stale.mjs <${Object.keys(targets).join("|")}>...\n`);
  process.exit(2);
}
for (const name of names) {
  const target = targets[name];
  const stamp = path.join(root, target.output, ".build-stamp");
  const hash = hashOf(target.inputs);
  const built = fs.existsSync(stamp) ? fs.readFileSync(stamp, "utf8").trim() : undefined;
  if (built === hash) continue;
  process.stdout.write(`${name}: ${built ? "sources changed" : "not built yet"}, building…\n`);
  execSync(target.command, { cwd: root, stdio: "inherit" });
  fs.writeFileSync(stamp, `${hash}\n`);
}
