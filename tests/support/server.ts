import { loadConfig, seedDemo, startServer, createLogger, type RunningServer } from "@cunwu/server";
import { freshDatabase, type TestDatabase, type TestDatabaseKind } from "./database";

export const demoPassword = "demo-password-for-tests";
export const testSecret = "a-test-secret-that-is-at-least-32-characters";

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
  /** Seed the demo district (default true). */
  seed?: boolean;
  /** The database, if not the test project's (benchmarks run on both). */
  databaseKind?: TestDatabaseKind;
  /** More environment, e.g. CUNWU_LOGIN_MAX_FAILURES. */
  env?: Record<string, string>;
}

/**
 * A real server on a free port over a fresh database: the tests speak HTTP to
 * it exactly as the console does.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await freshDatabase(options.databaseKind);
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    CUNWU_DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    CUNWU_SECRET: testSecret,
    CUNWU_SEED: "never",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
    ...options.env,
  });
  const server = await startServer(config, createLogger(config.logLevel));
  if (options.seed !== false) await seedDemo(server.connection.db, { demoPassword });

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

/** The first error's code, for asserting error paths. */
export const errorCode = (result: GraphQLResult) => result.errors?.[0]?.extensions.code;
