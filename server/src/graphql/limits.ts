import { GraphQLError, Kind, type ASTNode, type ValidationContext, type ValidationRule } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { createRequire } from "node:module";
import type { ComplexityEstimator } from "graphql-query-complexity";
import type { GraphQLSchema } from "graphql";

// The library's ESM build imports graphql's .mjs files, a second copy of
// graphql beside the CommonJS one everything else loads; its CommonJS build
// shares ours.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  "graphql-query-complexity",
) as typeof import("graphql-query-complexity");

export const maxDepth = 10;
export const maxComplexity = 20_000;

/** Refuses documents nested deeper than `limit` fields (fragments followed). */
export function depthLimit(limit: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (!node.selectionSet) return depth + 1;
        return Math.max(...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)));
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(node.name.value)) return depth;
        return depthOf(fragment, depth, new Set([...seen, node.name.value]));
      }
      if ("selectionSet" in node && node.selectionSet) {
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
      }
      return depth;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set());
        if (depth > limit) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; at most ${limit} are allowed`, { nodes: [operation] }));
        }
      },
    };
  };
}

/** A list field costs its page size times what one item costs. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const perPage = typeof args.perPage === "number" ? args.perPage : typeof args.limit === "number" ? args.limit : undefined;
  return perPage === undefined ? undefined : 1 + childComplexity * perPage;
};

/** Refuses operations whose estimated cost is over `maxComplexity`. */
export function complexityLimit(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // getComplexity coerces the variables first: a missing or invalid
            // one is the client's mistake, not an internal error.
            // (By name: the library's graphql may be another copy than ours.)
            if (error instanceof Error && error.name === "GraphQLError") {
              throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
            }
            throw error;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`The query is too complex (${complexity}; at most ${maxComplexity})`, {
              extensions: { code: "BAD_USER_INPUT" },
            });
          }
        },
      };
    },
  };
}
