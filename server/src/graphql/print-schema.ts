import path from "node:path";
import { lexicographicSortSchema, printSchema as print } from "graphql";
import { buildCunwuSchema } from "./build-schema";

/** The published contract, next to the tables in schema/. */
export const schemaFile = path.resolve(import.meta.dirname, "../../../schema/schema.graphql");

const header = "# Generated from the resolvers by `pnpm schema:print`; a test fails when it is stale.\n\n";

/** The SDL of the schema the resolvers build, sorted so diffs stay small. */
export async function printSchema(): Promise<string> {
  return header + print(lexicographicSortSchema(await buildCunwuSchema())) + "\n";
}
