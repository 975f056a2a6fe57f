import fs from "node:fs";
import path from "node:path";
import { ConfigError, type Config } from "../config";
import type { Connection } from "../db/connection";
import { runningServer } from "./backup-cli";
import { copyDatabase, CopyFailed, sequencesBehind, tableFigures, type TableFigures } from "./copy-database";
import { alignDistrictTimezone } from "../points/rollups";

// `cli move-to-postgres --to DATABASE_URL`: the embedded database (the data
// folder as the server resolves it) copied into an empty PostgreSQL
// database, then both compared table by table and the copy's ledger
// reconciled. The server must be stopped: whatever it wrote after the copy
// would stay behind in the folder.

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The URL without its password, for messages. */
const shown = (url: string) => url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@]*@/i, "$1:***@");

function targetOf(args: string[]): string {
  const at = args.findIndex((a) => a === "--to" || a.startsWith("--to="));
  const url = at < 0 ? undefined : args[at]!.includes("=") ? args[at]!.slice("--to=".length) : args[at + 1];
  if (!url) throw new ConfigError("usage: cli move-to-postgres --to postgres://user:password@host:5432/database");
  if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`--to must be a postgres:// or postgresql:// URL (got "${shown(url)}")`);
  return url;
}

export async function moveToPostgresCommand(config: Config, args: string[]): Promise<void> {
  const to = targetOf(args);
  if (config.databaseUrl) throw new ConfigError("move-to-postgres copies the embedded database of CUNWU_DATA_DIR; unset DATABASE_URL and name the target with --to");
  if (config.dataDir === "memory://") throw new ConfigError("CUNWU_DATA_DIR=memory:// holds nothing to move; name the data folder");
  const pgdata = path.join(config.dataDir, "pgdata");
  if (!fs.existsSync(pgdata) || fs.readdirSync(pgdata).length === 0) throw new ConfigError(`there is no embedded database in ${config.dataDir} (set CUNWU_DATA_DIR to the data folder)`);
  const server = runningServer(config.dataDir);
  if (server) {
    throw new ConfigError(
      `a server is running on ${config.dataDir} (port ${server.port}); stop it first (Ctrl-C, or SIGTERM), so that nothing is written after the copy, then move`,
    );
  }

  const { connect } = await import("../db/connection");
  const target = await connect({ databaseUrl: to, dataDir: "memory://", maxConnections: 2 });
  let source: Connection | undefined;
  try {
    // An empty target: no rows in any table (not migrated, or migrated by `cli migrate` or a move that failed).
    let before: Map<string, TableFigures>;
    try {
      before = await tableFigures(target.db, false);
    } catch (error) {
      throw new ConfigError(`cannot open the target database ${shown(to)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const holding = [...before].filter(([table, f]) => f.rows > 0 && !table.startsWith("drizzle."));
    if (holding.length) {
      throw new ConfigError(`the target database already holds data (${holding.slice(0, 3).map(([t, f]) => `${t}: ${f.rows} rows`).join(", ")}${holding.length > 3 ? ", …" : ""}); move into an empty database`);
    }
    source = await connect({ dataDir: config.dataDir });
    await source.migrate();
    await target.migrate();
    // Both date redemptions in the configured zone, so the copied rollup holds on the target.
    await alignDistrictTimezone(source.db, config.timezone);
    await alignDistrictTimezone(target.db, config.timezone);
    say(`moving ${config.dataDir} into ${shown(to)}`);
    const started = Date.now();
    await copyDatabase(source.db, target.db, ({ table, rows }) => rows > 0 && say(`  ${table}: ${rows}`)).catch((error: unknown) => {
      throw error instanceof CopyFailed ? new ConfigError(error.message) : error;
    });
    say(`copied in ${((Date.now() - started) / 1000).toFixed(1)} s; comparing`);
    const differs = await compare(source, target);
    if (differs) throw new ConfigError(`the copy differs from the embedded database: ${differs}. The PostgreSQL database holds this copy: drop and create it again before another move`);
    const secret = config.secret ? "your CUNWU_SECRET" : `the secret in ${path.join(config.dataDir, "secret")}`;
    say(`moved. Start the server with DATABASE_URL=${shown(to)} and CUNWU_SECRET set to ${secret} (logins, codes and photo links stay valid).`);
  } finally {
    await source?.close();
    await target.close();
  }
}

/** Rows per table side by side (and their digests), sequences, and the copy's ledger: what differs, or nothing. */
async function compare(source: Connection, target: Connection): Promise<string | undefined> {
  const { describeLedgerProblems, ledgerProblems, reconcileLedger } = await import("../points/reconcile");
  const [from, to] = [await tableFigures(source.db), await tableFigures(target.db)];
  const tables = [...new Set([...from.keys(), ...to.keys()])];
  const width = Math.max(...tables.map((t) => t.length), 5);
  say(`${"table".padEnd(width)}  ${"embedded".padStart(10)}  ${"postgres".padStart(10)}`);
  const unequal: string[] = [];
  for (const table of tables) {
    const [a, b] = [from.get(table), to.get(table)];
    const same = a?.rows === b?.rows && a?.digest === b?.digest;
    if (!same) unequal.push(table);
    const note = same ? "" : a?.rows === b?.rows ? "  rows differ in content" : "  differs";
    say(`${table.padEnd(width)}  ${String(a?.rows ?? "-").padStart(10)}  ${String(b?.rows ?? "-").padStart(10)}${note}`);
  }
  const behind = await sequencesBehind(target.db);
  const ledger = await reconcileLedger(target.db);
  const wrong = ledgerProblems(ledger);
  // A copy is only as sound as its source: say so when the embedded ledger was already off.
  const sourceWrong = wrong ? ledgerProblems(await reconcileLedger(source.db)) : 0;
  say(unequal.length ? `tables that differ: ${unequal.join(", ")}` : "every table: the same rows (counted, and every row's content hashed)");
  say(
    wrong
      ? `ledger: ${describeLedgerProblems(ledger)}`
      : `ledger: ${ledger.householdsChecked} households, ${ledger.entriesChecked} entries; every balance equal to its entries, every monthly sum to its entries`,
  );
  const problems = [
    unequal.length ? `rows differ in ${unequal.join(", ")}` : "",
    behind.length ? `sequences behind their rows: ${behind.join(", ")}` : "",
    wrong ? `the ledger does not reconcile${sourceWrong ? " (nor does the embedded database's own: back it up and ask for help)" : ""}` : "",
  ].filter(Boolean);
  return problems.length ? problems.join("; ") : undefined;
}
