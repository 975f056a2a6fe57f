import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type ErrorRequestHandler } from "express";
import { sql } from "drizzle-orm";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import type { Db } from "../db/database";
import type { Logger } from "../logger";
import type { Context } from "../graphql/context";

export interface AppOptions {
  apollo: ApolloServer<Context>;
  db: Db;
  databaseKind: string;
  logger: Logger;
  consoleDir: string;
  context: (req: express.Request) => Promise<Context>;
}

/** GET /healthz, POST /graphql, and the console's files at `/`. */
export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // gzip what the console downloads and what the API answers: a village
  // office's line is slow, and JavaScript and JSON shrink to a third or less.
  app.use(compression());

  app.get("/healthz", async (_req, res) => {
    try {
      await options.db.execute(sql`select 1`);
      res.json({ status: "ok", database: options.databaseKind });
    } catch (error) {
      options.logger.error({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable", database: options.databaseKind });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(options.apollo, { context: ({ req }) => options.context(req) }),
  );

  const index = path.join(options.consoleDir, "index.html");
  if (fs.existsSync(index)) {
    // Built files carry a hash of their content in their name: cached for a
    // year, never revalidated. index.html, which names them, is always fresh.
    app.use("/assets", express.static(path.join(options.consoleDir, "assets"), { index: false, immutable: true, maxAge: "365d" }));
    app.use(express.static(options.consoleDir, { index: false, maxAge: "1h" }));
    // Every other GET is a console route: the single-page app answers it.
    app.get("/{*path}", (_req, res) => res.sendFile(index, { maxAge: 0 }));
  } else {
    options.logger.warn({ consoleDir: options.consoleDir }, "console not built; run `pnpm --filter @cunwu/admin build`");
    app.get("/", (_req, res) => {
      res.status(503).type("text").send("The console has not been built. Run: pnpm --filter @cunwu/admin build");
    });
  }

  // A body that is not JSON, or too large: a GraphQL-shaped error, never a stack.
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === "number" ? error.status : 500;
    if (status >= 500) options.logger.error({ err: error }, "request failed");
    res.status(status).json({
      errors: [
        {
          message: status === 413 ? "The request is too large" : status < 500 ? "The request body is not valid JSON" : "Internal server error",
          extensions: { code: status < 500 ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR" },
        },
      ],
    });
  };
  app.use(onError);
  return app;
}
