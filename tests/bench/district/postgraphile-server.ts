import http from "node:http";
import { postgraphile } from "postgraphile";

// PostGraphile 4 over the bench database, as its docs set it up for
// production (no watch, no GraphiQL, no query log), read-only: mutations are
// left out of the schema and every session is read-only. Sends `{ port }`
// over IPC once its schema is built.

const handler = postgraphile(
  {
    connectionString: process.env.BENCH_DATABASE_URL!,
    max: 10,
    options: "-c default_transaction_read_only=on",
  },
  "public",
  {
    graphqlRoute: "/graphql",
    graphiql: false,
    watchPg: false,
    disableQueryLog: true,
    disableDefaultMutations: true,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    ignoreRBAC: true,
    legacyRelations: "omit",
    retryOnInitFail: false,
    extendedErrors: [],
  },
);

const server = http.createServer(handler);
server.keepAliveTimeout = 65_000;
await handler.getGraphQLSchema();
server.listen(0, "127.0.0.1", () => process.send?.({ port: (server.address() as { port: number }).port }));
process.once("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
