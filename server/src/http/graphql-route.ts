import type express from "express";
import type { RequestHandler } from "express";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Context } from "../request/context";

/** Answers smaller than this are sent as they are: compressing them saves less than it costs (compression's default). */
export const compressFrom = 1024;

/**
 * POST and GET /graphql after express.json: Apollo answers, and the answer is
 * written whole. Instead of @as-integrations/express5, whose res.send hashed
 * every answer for an ETag no POST can use; and `compress` (the app's one
 * compression middleware, its negotiation and formats as for every other
 * route) wraps only an answer large enough to compress, since wrapping every small answer cost more than the rest of
 * Express's routing.
 */
export function graphqlRoute(apollo: ApolloServer<Context>, context: (req: express.Request) => Promise<Context>, compress: RequestHandler): RequestHandler {
  apollo.assertStarted("graphqlRoute()");
  return async (req, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const query = req.originalUrl.indexOf("?");
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? "" : req.originalUrl.slice(query), body: req.body },
        context: () => context(req),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      // Apollo answers in chunks only for @defer and @stream, which graphql 16
      // does not have: every answer here is complete.
      if (answer.body.kind !== "complete") throw new Error("Incremental delivery needs graphql 17");
      const body = answer.body.string;
      if (Buffer.byteLength(body) < compressFrom) {
        // What compression says of an answer too small to compress.
        res.setHeader("Vary", "Accept-Encoding");
        res.end(body);
      } else compress(req, res, () => res.end(body));
    } catch (error) {
      next(error);
    }
  };
}
