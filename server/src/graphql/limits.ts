import { BREAK, GraphQLError, Kind, visit, type DocumentNode, type ValidationContext, type ValidationRule } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { createRequire } from "node:module";
import type { ComplexityEstimator } from "graphql-query-complexity";
import type { GraphQLSchema } from "graphql";
import type { RequestLimits } from "../config";
import { defaultPerPage, maxPerPage } from "../common/paging";
import type { Context } from "../request/context";
import { assumedListLength } from "../request/costs";
import type { ErrorReason } from "../errors";

// What one request may ask for, checked before anything runs. The generic
// limits (depth, aliases, tokens, directives) are graphql-armor's; the cost of
// each field is ours: graphql-query-complexity adds up the `complexity` each
// expensive field declares (costs.ts), and a page's items times its size.
//
// Both libraries' ESM builds import graphql's .mjs files, a second copy of
// graphql beside the CommonJS one everything else loads; their CommonJS
// builds share ours.
const require = createRequire(import.meta.url);
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = require("graphql-query-complexity") as typeof import("graphql-query-complexity");
const { ApolloArmor } = require("@escape.tech/graphql-armor") as typeof import("@escape.tech/graphql-armor");

/** A refusal of the request itself, before it runs: the client's mistake, HTTP 400. */
export const refused = (message: string, reason: ErrorReason, fields?: Record<string, string>) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", reason, ...(fields ? { fields } : {}), http: { status: 400 } } });

/**
 * graphql-armor's depth, alias and directive limits, with our numbers. (The
 * token limit is graphql-js's own, in Apollo's parseOptions: armor's answers
 * HTTP 500.)
 */
export function armor(limits: RequestLimits) {
  return new ApolloArmor({
    // The standard introspection query (tooling) is 15 levels deep: not counted.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Our cost model below prices fields by what they run.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Refuses operations with more than `limit` root fields (aliases count each). */
export function rootFieldLimit(limit: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const roots = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value !== "__typename").length;
      if (roots > limit) {
        context.reportError(
          new GraphQLError(`The operation asks ${roots} root fields; at most ${limit} are allowed`, {
            nodes: [operation],
            extensions: { reason: "REQUEST_TOO_LARGE" satisfies ErrorReason },
          }),
        );
      }
    },
  });
}

const ownCost = (field: { extensions?: { complexity?: unknown } | null }) =>
  typeof field.extensions?.complexity === "number" ? field.extensions.complexity : 1;

/**
 * A page costs its own query plus its items times its page size (the
 * default when not given; at most the cap, which the list itself enforces);
 * a ranking its rows times its limit; any other list its items times
 * `assumedListLength`.
 */
const listEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  // A page's items are counted by the page (its size times one item).
  if (type.name.endsWith("Page") && field.name === "items") return childComplexity;
  // Read from the type's printed form ("[Row!]!"): graphql's type checks fail
  // across its two copies (see above).
  const printed = String(field.type);
  if (printed.replace(/[[\]!]/g, "").endsWith("Page")) {
    const perPage = typeof args.perPage === "number" ? args.perPage : defaultPerPage;
    return ownCost(field) + childComplexity * Math.min(Math.max(perPage, 1), maxPerPage);
  }
  if (!printed.startsWith("[")) return undefined;
  const length = typeof args.limit === "number" ? Math.min(Math.max(args.limit, 1), maxPerPage) : assumedListLength;
  return ownCost(field) + childComplexity * length;
};

/** The schema's description is in memory: introspection costs nothing. */
const introspectionEstimator: ComplexityEstimator = ({ field, type }) =>
  field.name.startsWith("__") || type.name.startsWith("__") ? 0 : undefined;

/** Refuses operations whose estimated cost is over `maxCost`, before they run. */
export function costLimit(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [introspectionEstimator, listEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // getComplexity coerces the variables first: a missing or invalid
            // one is the client's mistake, not an internal error.
            // (By name: the library's graphql may be another copy than ours.)
            if (error instanceof Error && error.name === "GraphQLError") throw refused(error.message, "INVALID_INPUT");
            throw error;
          }
          if (cost > maxCost) throw refused(`The query is too complex (${cost}; at most ${maxCost})`, "REQUEST_TOO_LARGE");
        },
      };
    },
  };
}

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The schema is described to logged-in users (codegen, IDEs, Apollo Sandbox
 * send the standard introspection query); to anonymous callers only when
 * CUNWU_ANONYMOUS_INTROSPECTION is on. `__typename` is always answered.
 */
export function introspectionGate(anonymousAllowed: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (anonymousAllowed || contextValue.actor || !asksIntrospection(document)) return;
          throw new GraphQLError("Log in to read the schema", {
            extensions: { code: "UNAUTHENTICATED", reason: "NOT_LOGGED_IN" satisfies ErrorReason, http: { status: 401 } },
          });
        },
      };
    },
  };
}
