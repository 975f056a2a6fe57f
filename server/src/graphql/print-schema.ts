import path from "node:path";
import { isEnumType, lexicographicSortSchema, printSchema as printSorted, printType, type GraphQLSchema } from "graphql";
import { buildCunwuSchema } from "./build-schema";
import { repoRoot } from "../paths";

/** The published contract, next to the tables in schema/. */
export const schemaFile = path.join(repoRoot, "schema/schema.graphql");

const header = "# Generated from the resolvers by `pnpm schema:print`; a test fails when it is stale.\n\n";

/**
 * Types and fields sorted so diffs stay small, but each enum's values in the
 * order the server declares them (a matter's statuses in the order a matter
 * goes through them), so clients list them in that order without a copy.
 */
function withDeclaredEnumOrder(schema: GraphQLSchema, sorted: GraphQLSchema): string {
  let sdl = printSorted(sorted);
  for (const type of Object.values(sorted.getTypeMap())) {
    const declared = schema.getType(type.name);
    if (isEnumType(type) && isEnumType(declared) && !type.name.startsWith("__")) sdl = sdl.replace(printType(type), printType(declared));
  }
  return sdl;
}

/** The SDL of the schema the resolvers build. */
export async function printSchema(): Promise<string> {
  const schema = await buildCunwuSchema();
  return header + withDeclaredEnumOrder(schema, lexicographicSortSchema(schema)) + "\n";
}
