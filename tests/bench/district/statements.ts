import { createLogger, loadConfig, startServer } from "@cunwu/server";
import { ok } from "./client";
import { benchSecret } from "./servers";
import { nestedQuery } from "./nested";
import { listFields } from "./selection";
import type { World } from "./world";
import { printTable } from "../report";
import { countStatementsOf } from "../../support/statements";

// Statements per request at 10 and 100 a page. The cluster here has no
// pg_stat_statements loaded (and the bench changes no server setting), so a
// second cunwu runs inside this process over the same database, and the
// statements its drizzle handle runs while one request runs are counted
// (as tests/api's constant-statements tests count them).

export async function statementFigures(world: World, databaseUrl: string): Promise<void> {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databaseUrl, CUNWU_SECRET: process.env.CUNWU_SECRET ?? benchSecret, CUNWU_SEED: "never", LOG_LEVEL: "silent" });
  const server = await startServer(config, createLogger("silent"));
  const counter = countStatementsOf(server.connection.db);
  const url = `${server.url}/graphql`;
  const count = async (query: string, variables: Record<string, unknown>) => {
    await ok(url, query, variables, world.admin);
    counter.reset();
    await ok(url, query, variables, world.admin);
    return counter.value;
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
    counter.restore();
    await server.close();
  }
}
