import { BREAK, GraphQLError, Kind, visit, type DocumentNode, type ValidationContext, type ValidationRule } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { createRequire } from "node:module";
import type { RequestLimits } from "../config";
import type { Context } from "../request/context";
import type { ErrorReason } from "../errors";

// What one request may ask for, checked before anything runs. The generic
// limits (depth, aliases, tokens, directives) are graphql-armor's; the cost of
// each field is ours (cost-limit.ts).
//
// graphql-armor's ESM build imports graphql's .mjs files, a second copy of
// graphql beside the CommonJS one everything else loads; its CommonJS build
// shares ours.
const require = createRequire(import.meta.url);
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
