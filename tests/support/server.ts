import { loadConfig, startServer, createLogger, type RunningServer } from "@cunwu/server";
import type { Logger } from "@cunwu/server/logger";
import { freshDatabase, type TestDatabase, type TestDatabaseKind } from "./database";
import type { FixtureName } from "./fixtures";

export { demoPassword, testSecret } from "./constants";
import { demoPassword, testSecret } from "./constants";

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: Record<string, string>; [key: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  server: RunningServer;
  database: TestDatabase;
  /** Posts one operation as the console does; `token` logs in as someone. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  /** The data of an operation that must succeed; throws with its errors otherwise. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A token for a demo user (admin, district, township, village, dept, resident) or any user. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * What the database holds at the start (default "demo", the demo district
   * with zero balances): "empty" is migrated only, "demo-year" adds the past year.
   */
  fixture?: FixtureName;
  /** The database, if not the test project's (benchmarks run on both). */
  databaseKind?: TestDatabaseKind;
  /** More environment, e.g. CUNWU_LOGIN_MAX_FAILURES. */
  env?: Record<string, string>;
  /** The server's logger (default: pino at LOG_LEVEL, silent in tests). */
  logger?: Logger;
}

/**
 * A real server on a free port over a database of its own, cloned from a
 * fixture: the tests speak HTTP to it exactly as the console does.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await freshDatabase(options.fixture ?? "demo", options.databaseKind);
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    CUNWU_DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    CUNWU_SECRET: testSecret,
    CUNWU_SEED: "never",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
    // Tests run the scheduler's jobs themselves, at the moments they choose.
    CUNWU_SCHEDULER_SECONDS: "0",
    ...options.env,
  });
  const server = await startServer(config, options.logger ?? createLogger(config.logLevel)).catch(async (error) => {
    await database.drop();
    throw error;
  });

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const headers: Record<string, string> = { "content-type": "application/json", "apollo-require-preflight": "true" };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${server.url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphQLResult<T>;
  };
  const ok = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const result = await gql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const login = async (username: string, password = demoPassword) => {
    const data = await ok<{ login: { token: string } }>(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: username, p: password },
    );
    return data.login.token;
  };
  return {
    url: server.url,
    server,
    database,
    gql,
    ok,
    login,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

/** The first error's code (kept here for the files that import it from the server helper). */
export { errorCode } from "./assert";
