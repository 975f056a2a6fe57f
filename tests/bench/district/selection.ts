import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

// The district bench asks for what the schema offers, read from the printed
// schema/schema.graphql: every list query (a field returning a …Page) and
// every field of an answer, so a new list or report field is measured
// without editing the bench.

const schemaFile = path.resolve(import.meta.dirname, "../../../schema/schema.graphql");
let schema: GraphQLSchema | undefined;
export const cunwuSchema = () => (schema ??= buildSchema(readFileSync(schemaFile, "utf8")));

const requiresArgs = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/**
 * Every field of a type without required arguments: leaves, and objects to
 * `depth` levels (0: leaves only).
 */
export function selectAll(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (requiresArgs(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0) {
      const inner = selectAll(named, depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(" ");
}

export interface ListField {
  name: string;
  /** The filter input's field names, when it takes one. */
  filterFields: string[];
  /** Required arguments other than the paging ones (stockMovements' productId). */
  required: string[];
  items: string;
}

/** Every query returning a page `{ items total }`. */
export function listFields(): ListField[] {
  const query = cunwuSchema().getQueryType()!;
  return Object.values(query.getFields())
    .filter((f) => getNamedType(f.type).name.endsWith("Page"))
    .map((f) => {
      const filter = f.args.find((a) => a.name === "filter");
      const filterType = filter ? getNamedType(filter.type) : undefined;
      const page = getNamedType(f.type) as GraphQLObjectType;
      const itemType = getNamedType(page.getFields().items!.type) as GraphQLObjectType;
      return {
        name: f.name,
        filterFields: filterType && "getFields" in filterType ? Object.keys(filterType.getFields()) : [],
        required: f.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
        items: selectAll(itemType, 0),
      };
    });
}

/** A report query's whole answer, nested objects included. */
export function reportSelection(name: string): string {
  const field = cunwuSchema().getQueryType()!.getFields()[name]!;
  return selectAll(getNamedType(field.type) as GraphQLObjectType, 3);
}
