import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { connect, type Connection } from "@cunwu/server/db/connection";
import { seedDemo, type SeedOptions } from "@cunwu/server/seed/seed-demo";
import { todayIn } from "@cunwu/server/common/dates";
import { demoPassword } from "./constants";
import type { TestDatabaseKind } from "./database";

// Seed once, clone many: each database a test starts from is built once per
// content of the code that makes it, then copied for every test file (a
// folder copy on PGlite, CREATE DATABASE … TEMPLATE on PostgreSQL). Both were
// measured against alternatives: see docs/design-notes.md, "Tests".

/** What a test's database holds when it starts. */
export const fixtureNames = ["blank", "empty", "demo", "demo-year"] as const;
export type FixtureName = (typeof fixtureNames)[number];

/**
 * How each fixture is made: a copy of an earlier one (in the order above),
 * then migrated or seeded.
 */
const recipes: Record<FixtureName, { from?: FixtureName; migrate?: true; seed?: SeedOptions }> = {
  /** A new database, not even migrated: for testing the migrations themselves. */
  blank: {},
  /** Migrated, no rows. */
  empty: { from: "blank", migrate: true },
  /** The demo district with zero balances (seedDemo's default). */
  demo: { from: "empty", seed: { demoPassword } },
  /** The demo district with its past year of points, shop, volunteer and civic history. */
  "demo-year": { from: "empty", seed: { demoPassword, history: true } },
};

const repoRoot = path.resolve(import.meta.dirname, "../..");
/** Everything a fixture's content can depend on. */
const sources = ["server/src", "schema/src", "migrations", "pnpm-lock.yaml", "tests/support/fixtures.ts", "tests/support/constants.ts"];
/** Where built PGlite fixtures are kept between runs (git ignores it). */
export const pgliteFixturesRoot = path.join(repoRoot, "tests/.fixtures");

function filesUnder(entry: string): string[] {
  const full = path.join(repoRoot, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(repoRoot, path.join(d.parentPath, d.name)));
}

/** A set of fixtures for other code is removed when older than this (no run lasts a day). */
const staleAfterMs = 24 * 3_600_000;

let memoKey: string | undefined;

/**
 * The fixtures' content hash: the server's code, the schema, the migrations,
 * the locked package versions, and the district's date (the demo year is
 * dated back from today). Any change builds them anew; a stale one is never used.
 */
export function fixtureKey(): string {
  if (memoKey) return memoKey;
  const hash = crypto.createHash("sha256");
  for (const file of sources.flatMap(filesUnder).sort()) {
    hash.update(file).update("\0").update(fs.readFileSync(path.join(repoRoot, file))).update("\0");
  }
  hash.update(todayIn("Asia/Shanghai"));
  memoKey = hash.digest("hex").slice(0, 12);
  return memoKey;
}

async function make(connection: Connection, name: FixtureName): Promise<void> {
  const { migrate, seed } = recipes[name];
  if (migrate) await connection.migrate();
  if (seed) await seedDemo(connection.db, seed);
}

// ---- PGlite: a data folder per fixture, copied per test file -------------

/** The fixture's data folder (a CUNWU_DATA_DIR); built first if missing. */
export async function pgliteFixture(name: FixtureName): Promise<string> {
  const dir = path.join(pgliteFixturesRoot, fixtureKey());
  if (!fs.existsSync(dir)) await buildPgliteFixtures(dir);
  return path.join(dir, name);
}

async function buildPgliteFixtures(dir: string): Promise<void> {
  // Built aside and renamed into place, so a half-built set is never seen.
  const building = `${dir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  for (const name of fixtureNames) {
    const from = recipes[name].from;
    if (from) fs.cpSync(path.join(building, from), path.join(building, name), { recursive: true });
    const connection = await connect({ dataDir: path.join(building, name) });
    try {
      await make(connection, name);
    } finally {
      await connection.close();
    }
  }
  try {
    fs.renameSync(building, dir);
  } catch (error) {
    // Another process finished the same set first: theirs is as good.
    fs.rmSync(building, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw error;
  }
  // Sets of other keys go once nobody can still be using them: another test
  // run may be at work on the code as it was.
  for (const other of fs.readdirSync(pgliteFixturesRoot)) {
    const full = path.join(pgliteFixturesRoot, other);
    if (other !== path.basename(dir) && Date.now() - fs.statSync(full).mtimeMs > staleAfterMs) {
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

// ---- PostgreSQL: a template database per fixture --------------------------

const templatePrefix = "cunwu_fixture_";
/** pg_advisory_lock key: one fixture builder at a time on a cluster. */
const buildLock = 0x0f1c7;
const templateName = (name: FixtureName) => `${templatePrefix}${fixtureKey()}_${name.replace("-", "_")}`;

export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  return url;
}

export function databaseUrl(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** The fixture's template database; built first if missing. */
export async function postgresFixture(name: FixtureName, onBuild?: () => void): Promise<string> {
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    const wanted = fixtureNames.map(templateName);
    const present = async () =>
      (await admin`select datname from pg_database where datname in ${admin(wanted)}`).length === wanted.length;
    if (!(await present())) {
      // One builder at a time across concurrent test runs on this cluster.
      await admin`select pg_advisory_lock(${buildLock})`.catch(() => {});
      try {
        if (!(await present())) {
          onBuild?.();
          await buildPostgresFixtures(admin);
        }
      } finally {
        await admin`select pg_advisory_unlock(${buildLock})`.catch(() => {});
      }
    }
  } finally {
    await admin.end();
  }
  return templateName(name);
}

async function buildPostgresFixtures(admin: postgres.Sql): Promise<void> {
  // Each template carries the time it was built as its comment; those of other
  // code go once no run can still be using them (another checkout may be).
  const others = await admin<{ datname: string; built: string | null }[]>`
    select datname, shobj_description(oid, 'pg_database') as built from pg_database
    where datname like ${`${templatePrefix}%`} and datname not like ${`${templatePrefix}${fixtureKey()}_%`}`;
  for (const { datname, built } of others) {
    const age = Date.now() - Date.parse(built ?? "");
    if (!(age < staleAfterMs)) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  }
  for (const name of fixtureNames) {
    // Built under a working name and renamed: a template that exists is whole,
    // and kept (a build cut short, say a run killed, leaves the first ones).
    if ((await admin`select 1 from pg_database where datname = ${templateName(name)}`).length) continue;
    const building = `${templateName(name)}_building`;
    await admin.unsafe(`drop database if exists "${building}" with (force)`);
    const from = recipes[name].from;
    await admin.unsafe(`create database "${building}"${from ? ` template "${templateName(from)}"` : ""}`);
    const connection = await connect({ databaseUrl: databaseUrl(building), dataDir: "memory://", maxConnections: 2 });
    try {
      await make(connection, name);
    } finally {
      await connection.close();
    }
    await admin.unsafe(`comment on database "${building}" is '${new Date().toISOString()}'`);
    await admin.unsafe(`alter database "${building}" rename to "${templateName(name)}"`);
  }
}

/** Builds the fixtures of one database kind unless they exist; says which. */
export async function ensureFixtures(kind: TestDatabaseKind): Promise<"built" | "reused"> {
  if (kind === "pglite") {
    if (fs.existsSync(path.join(pgliteFixturesRoot, fixtureKey()))) return "reused";
    await pgliteFixture("empty");
    return "built";
  }
  let built = false;
  await postgresFixture("empty", () => (built = true));
  return built ? "built" : "reused";
}
