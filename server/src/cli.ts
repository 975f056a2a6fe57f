// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { ConfigError, loadConfig, type Config } from "./config";
import { createLogger } from "./logger";

// The server's modules load only after the settings are checked, so a bad
// setting is reported at once.

const usage = "usage: cli <serve|migrate|rebuild-sums|seed [--scale district|township|test]|backup [--out DIR]|restore FILE|move-to-postgres --to DATABASE_URL|print-schema>";

async function withDatabase<T>(config: Config, work: (db: import("./db/database").Db) => Promise<T>) {
  const { connect } = await import("./db/connection");
  const conn = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, maxConnections: 2 });
  try {
    await conn.migrate();
    const { alignDistrictTimezone } = await import("./points/rollups");
    await alignDistrictTimezone(conn.db, config.timezone);
    return await work(conn.db);
  } finally {
    await conn.close();
  }
}

/** `seed --scale <name>` (or `--scale=<name>`): the generated district of that size; an unknown name is a usage error. */
function scaleOf(args: string[]): "district" | "township" | "test" | undefined {
  const at = args.findIndex((a) => a === "--scale" || a.startsWith("--scale="));
  if (at < 0) return undefined;
  const name = args[at]!.includes("=") ? args[at]!.slice("--scale=".length) : args[at + 1];
  if (name === "district" || name === "township" || name === "test") return name;
  throw new ConfigError("usage: cli seed [--scale district|township|test]");
}

async function main(command: string | undefined): Promise<void> {
  if (command === "print-schema") {
    const { printSchema, schemaFile } = await import("./graphql/print-schema");
    writeFileSync(schemaFile, await printSchema());
    process.stdout.write(`wrote ${schemaFile}\n`);
    return;
  }
  if (command !== "serve" && command !== "migrate" && command !== "seed" && command !== "rebuild-sums" && command !== "backup" && command !== "restore" && command !== "move-to-postgres") throw new ConfigError(usage);
  const config = loadConfig(process.env, { serving: command === "serve" });
  const logger = createLogger(config.logLevel);
  switch (command) {
    case "backup":
      await (await import("./ops/backup-cli")).backupCommand(config, process.argv.slice(3));
      return;
    case "restore":
      await (await import("./ops/backup-cli")).restoreCommand(config, process.argv.slice(3));
      return;
    case "move-to-postgres":
      await (await import("./ops/move-cli")).moveToPostgresCommand(config, process.argv.slice(3));
      return;
    case "serve": {
      const { printDemoLogins, startServer } = await import("./server");
      const server = await startServer(config, logger);
      const stop = async (signal: string, code = 0) => {
        logger.info({ signal }, "shutting down");
        await server.close();
        process.exit(code);
      };
      process.once("SIGINT", () => void stop("SIGINT"));
      process.once("SIGTERM", () => void stop("SIGTERM"));
      server.seeded.then(
        (logins) => printDemoLogins(logins, config.demoPassword, server.url),
        (error: unknown) => {
          process.stderr.write(`cunwu: seeding the demo district failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
          void stop("seed failed", 1);
        },
      );
      return;
    }
    case "migrate":
      await withDatabase(config, async () => logger.info("migrations applied"));
      return;
    case "rebuild-sums":
      await withDatabase(config, async (db) => {
        const { rebuildMonthSums, rebuildRedeemerYears } = await import("./points/rollups");
        logger.info({ rows: await rebuildMonthSums(db) }, "the reports' monthly sums rebuilt from the ledger");
        logger.info({ rows: await rebuildRedeemerYears(db) }, "the reports' redeemers by year rebuilt from the redemptions");
        const { rebuildHouseholdCounts } = await import("./households/household-counts");
        logger.info({ rows: await rebuildHouseholdCounts(db) }, "the reports' household counts rebuilt from the households");
      });
      return;
    case "seed":
      if (scaleOf(process.argv.slice(3))) {
        const scale = scaleOf(process.argv.slice(3))!;
        await withDatabase(config, async (db) => {
          const { isDatabaseEmpty } = await import("./seed/seed-demo");
          const { seedScale } = await import("./seed/scale/seed-scale");
          if (!(await isDatabaseEmpty(db))) {
            throw new ConfigError("The database already holds data; a district is only generated into an empty one.");
          }
          const result = await seedScale(db, { scale, demoPassword: config.demoPassword, timezone: config.timezone, log: (line) => process.stdout.write(`${line}\n`) });
          if (result.mismatches || result.brokenEntries || result.negativeBalances) throw new Error("the generated ledger does not reconcile");
          process.stdout.write(`Log in with password "${config.demoPassword}" as admin, district, township, village, dept, resident, or t-/v-/r-/d-<code> per township, village and department.\n`);
        });
        return;
      }
      await withDatabase(config, async (db) => {
        const { isDatabaseEmpty, seedDemo } = await import("./seed/seed-demo");
        const { printDemoLogins } = await import("./server");
        if (!(await isDatabaseEmpty(db))) {
          throw new ConfigError("The database already holds data; the demo district is only seeded into an empty one.");
        }
        const logins = await seedDemo(db, { demoPassword: config.demoPassword, history: true, timezone: config.timezone });
        printDemoLogins(logins, config.demoPassword, `http://localhost:${config.port}`);
      });
      return;
  }
}

main(process.argv[2]).catch((error: unknown) => {
  // Configuration mistakes get one clear line, not a stack.
  if (error instanceof ConfigError) process.stderr.write(`cunwu: ${error.message}\n`);
  else process.stderr.write(`cunwu: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
