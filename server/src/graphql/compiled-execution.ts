import { createRequire } from "node:module";
import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import type { DocumentNode, ExecutionResult, GraphQLError as GraphQLErrorType, GraphQLSchema } from "graphql";
import type { CompiledQuery } from "graphql-jit";

// graphql-jit turns a document into one JavaScript function per operation:
// the fields' order, their arguments and the leaves' serialisers are worked out
// once, where graphql-js walks the document again for every object of every
// answer (on a page of households with their entries, ~700 fields a request).
// It calls the schema's own resolvers, so every rule and middleware runs as
// before. Loaded as CommonJS, with the graphql copy the schema was built with
// (and Apollo's: node loads graphql's CommonJS build for both).
const require = createRequire(import.meta.url);
const { compileQuery, isCompiledQuery } = require("graphql-jit") as typeof import("graphql-jit");
const { GraphQLError } = require("graphql") as typeof import("graphql");

/**
 * graphql-jit's error as graphql's own: the plugins and the error formatter
 * expect graphql's class (graphql-armor rewrites a message, which graphql-jit
 * makes read-only), with its path, locations and the resolver's error. A
 * variable's error is graphql-js's already (patches/graphql-jit@0.8.9.patch),
 * on the variable's node, which Apollo answers as BAD_USER_INPUT.
 */
function asGraphqlError(error: GraphQLErrorType): GraphQLErrorType {
  const { message, nodes, path, originalError, extensions } = error;
  const own = new GraphQLError(message, { nodes, path, originalError: originalError ?? undefined, extensions });
  if (!nodes) (own as { locations?: GraphQLErrorType["locations"] }).locations = error.locations;
  return own;
}

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];

/**
 * Apollo's one hook for its execution step (the gateway interface): Apollo
 * still parses, validates and runs every plugin; the operation is run by its
 * compiled function, compiled on the first request of each document Apollo
 * keeps (its document store keeps the parsed document, so the compiled one
 * lives as long as that).
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? "";
    let query = byOperation.get(key);
    // An operation that cannot be chosen (a name not in the document, or none
    // among several) compiles to graphql-js's own error, kept like a query.
    if (!query) byOperation.set(key, (query = compileQuery(schema, document, operationName)));
    return query;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, request, context }) => {
          const query = compiledFor(document, request.operationName);
          if (!isCompiledQuery(query)) return query;
          const result = await query.query(undefined, context, request.variables);
          return result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result;
        },
      };
    },
    async stop() {},
  };
}
