// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { ConfigError, loadConfig, type Config } from "./config";
import { createLogger } from "./logger";
import { connect } from "./db/connection";
import { printDemoLogins, startServer } from "./server";
import { isDatabaseEmpty, seedDemo } from "./seed/seed-demo";
import { printSchema, schemaFile } from "./graphql/print-schema";

const usage = "usage: cli <serve|migrate|seed|print-schema>";

async function withDatabase<T>(config: Config, work: (conn: Awaited<ReturnType<typeof connect>>) => Promise<T>) {
  const conn = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, maxConnections: 2 });
  try {
    await conn.migrate();
    return await work(conn);
  } finally {
    await conn.close();
  }
}

async function main(command: string | undefined): Promise<void> {
  if (command === "print-schema") {
    writeFileSync(schemaFile, await printSchema());
    process.stdout.write(`wrote ${schemaFile}\n`);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  switch (command) {
    case "serve": {
      const server = await startServer(config, logger);
      printDemoLogins(server.demoLogins, config.demoPassword, server.url);
      const stop = async (signal: string) => {
        logger.info({ signal }, "shutting down");
        await server.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop("SIGINT"));
      process.once("SIGTERM", () => void stop("SIGTERM"));
      return;
    }
    case "migrate":
      await withDatabase(config, async () => logger.info("migrations applied"));
      return;
    case "seed":
      await withDatabase(config, async ({ db }) => {
        if (!(await isDatabaseEmpty(db))) {
          throw new ConfigError("The database already holds data; the demo district is only seeded into an empty one.");
        }
        const logins = await seedDemo(db, { demoPassword: config.demoPassword });
        printDemoLogins(logins, config.demoPassword, `http://localhost:${config.port}`);
      });
      return;
    default:
      throw new ConfigError(usage);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  // Configuration mistakes get one clear line, not a stack.
  if (error instanceof ConfigError) process.stderr.write(`cunwu: ${error.message}\n`);
  else process.stderr.write(`cunwu: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
