import { Kind, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { createRequire } from "node:module";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { defaultPerPage, maxPerPage } from "../common/paging";
import type { Context } from "../request/context";
import { assumedListLength } from "../request/costs";
import { refused } from "./limits";

// The cost of each field is ours: graphql-query-complexity adds up the
// `complexity` each expensive field declares (costs.ts), and a page's items
// times its size. Its ESM build imports graphql's .mjs files, a second copy
// of graphql beside the CommonJS one everything else loads; its CommonJS
// build shares ours.
const require = createRequire(import.meta.url);
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = require("graphql-query-complexity") as typeof import("graphql-query-complexity");
// The schema's types are CommonJS graphql's: its variables are coerced by that copy.
const { getVariableValues } = require("graphql") as typeof import("graphql");

const ownCost = (field: { extensions?: { complexity?: unknown } | null }) =>
  typeof field.extensions?.complexity === "number" ? field.extensions.complexity : 1;

/** The arguments listEstimator reads: a variable in one of them changes the cost. */
const sizeArguments = new Set(["perPage", "limit"]);

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

/**
 * The variables a document's cost depends on: those given as a page size or
 * a limit, and those of directives (@include and @skip leave a field out).
 * Every other variable (an id, a filter, an input) changes what runs, not
 * what it costs.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument, _key, _parent, _path, ancestors) {
      const owner = ancestors[ancestors.length - 1];
      const inDirective = owner !== undefined && !Array.isArray(owner) && (owner as { kind?: string }).kind === Kind.DIRECTIVE;
      if (!inDirective && !sizeArguments.has(argument.name.value)) return false;
      visit(argument.value, { Variable: (variable) => void names.add(variable.name.value) });
      return false;
    },
  });
  return [...names].sort();
}

/** The costs computed for one parsed document, by operation and cost variables' values. */
interface DocumentCosts {
  variables: string[];
  costs: Map<string, number>;
}

/** Enough distinct page sizes of one document; past it the map starts over. */
const costsPerDocument = 64;

/**
 * Refuses operations whose estimated cost is over `maxCost`, before they run.
 * Apollo keeps one parsed document per query text, so the cost walk runs
 * once per document, operation and set of page sizes, not on every request;
 * the variables are still checked on every request, as the walk did.
 */
export function costLimit(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<Context> {
  const known = new WeakMap<DocumentNode, DocumentCosts>();
  const costOf = (document: DocumentNode, operation: OperationDefinitionNode | undefined, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): number => {
    // getComplexity coerces the variables first: a missing or invalid one is
    // the client's mistake, not an internal error. Checked here, every time.
    const { coerced, errors } = getVariableValues(schema, operation?.variableDefinitions ?? [], variables ?? {});
    if (errors?.length || !coerced) throw refused(errors?.[errors.length - 1]?.message ?? "The variables are not valid", "INVALID_INPUT");
    let entry = known.get(document);
    if (!entry) known.set(document, (entry = { variables: costVariables(document), costs: new Map() }));
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((name) => coerced[name] ?? null)]);
    const kept = entry.costs.get(key);
    if (kept !== undefined) return kept;
    let cost: number;
    try {
      cost = getComplexity({
        schema,
        query: document,
        operationName: operationName ?? undefined,
        variables,
        estimators: [introspectionEstimator, listEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      // (By name: the library's graphql may be another copy than ours.)
      if (error instanceof Error && error.name === "GraphQLError") throw refused(error.message, "INVALID_INPUT");
      throw error;
    }
    if (entry.costs.size >= costsPerDocument) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const cost = costOf(document, operation, request.operationName, request.variables);
          if (cost > maxCost) throw refused(`The query is too complex (${cost}; at most ${maxCost})`, "REQUEST_TOO_LARGE");
        },
      };
    },
  };
}
