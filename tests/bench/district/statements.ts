import { createLogger, loadConfig, startServer } from "@cunwu/server";
import { ok } from "./client";
import { benchSecret } from "./servers";
import { nestedQuery } from "./nested";
import { listFields } from "./selection";
import type { World } from "./world";
import { printTable } from "../report";

// Statements per request at 10 and 100 a page. The cluster here has no
// pg_stat_statements loaded (and the bench changes no server setting), so a
// second cunwu runs inside this process over the same database, and the
// statements its drizzle handle prepares while one request runs are
// counted (as tests/api's constant-statements tests count them).

export async function statementFigures(world: World, databaseUrl: string): Promise<void> {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databaseUrl, CUNWU_SECRET: process.env.CUNWU_SECRET ?? benchSecret, CUNWU_SEED: "never", LOG_LEVEL: "silent" });
  const server = await startServer(config, createLogger("silent"));
  const session = (server.connection.db as unknown as { session: { prepareQuery: (...args: unknown[]) => unknown } }).session;
  const original = session.prepareQuery;
  let statements = 0;
  session.prepareQuery = function (this: unknown, ...args: unknown[]) {
    statements += 1;
    return original.apply(this, args);
  };
  const url = `${server.url}/graphql`;
  const count = async (query: string, variables: Record<string, unknown>) => {
    await ok(url, query, variables, world.admin);
    statements = 0;
    await ok(url, query, variables, world.admin);
    return statements;
  };
  try {
    const rows: string[][] = [];
    const nested = async (n: number) => count(nestedQuery(n), { v: world.villageId });
    rows.push(["nested read (village → households → 5 entries each)", String(await nested(10)), String(await nested(100))]);
    for (const list of listFields()) {
      const productArg = list.required.includes("productId");
      const query = `query ($n: Int${productArg ? ", $p: ID!" : ""}) { ${list.name}(perPage: $n${productArg ? ", productId: $p" : ""}) { total items { ${list.items} } } }`;
      const at = async (n: number) => String(await count(query, { n, p: world.productId }));
      rows.push([list.name, await at(10), await at(100)]);
    }
    console.log("\nStatements per request (as the district admin, every field of the items; the login check included)");
    printTable(["request", "at 10", "at 100"], rows);
  } finally {
    session.prepareQuery = original;
    await server.close();
  }
}
