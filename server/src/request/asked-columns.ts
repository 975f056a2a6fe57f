import { createRequire } from "node:module";
import { getTableColumns } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

// The schema is built with graphql's CommonJS copy (graphql/plain-fields.ts):
// its type checks must come from that copy too.
const { Kind, getNamedType, isObjectType } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

/** Columns to read for a page's items, and a key naming that set (for a loader or a prepared statement). */
export interface AskedColumns {
  key: string;
  columns: Record<string, PgColumn>;
}

/**
 * The columns of `table` that a page's items (the field's `items`) need, when
 * every field the request asks of them is a plain property named like one of
 * the table's columns (graphql/plain-fields.ts leaves such fields without a
 * resolver), plus `always` (the keys a loader groups by). Undefined, meaning
 * every column, when any asked field is computed by code, has a rule of its
 * own or is not a column: what such a field reads of its row is its own.
 * Reading 5 columns of a ledger entry instead of 17 is less for PostgreSQL to
 * send and for the driver and drizzle to parse, map and leave as garbage.
 *
 * Worked out once per field of a parsed document (Apollo keeps one per query
 * text): `@include`/`@skip` are not looked at, so a field they may drop is
 * still read.
 */
export function askedItemColumns(info: GraphQLResolveInfo, table: PgTable, always: readonly string[]): AskedColumns | undefined {
  const node = info.fieldNodes[0]!;
  let perTable = workedOut.get(node);
  if (!perTable) workedOut.set(node, (perTable = new WeakMap()));
  if (!perTable.has(table)) perTable.set(table, itemColumnsAsked(info, table, always));
  return perTable.get(table);
}

/** By the field's node in its parsed document, then by table. */
const workedOut = new WeakMap<FieldNode, WeakMap<PgTable, AskedColumns | undefined>>();

function itemColumnsAsked(info: GraphQLResolveInfo, table: PgTable, always: readonly string[]): AskedColumns | undefined {
  const page = getNamedType(info.returnType);
  const itemsField = isObjectType(page) ? page.getFields().items : undefined;
  const item = itemsField && getNamedType(itemsField.type);
  if (!isObjectType(item)) return undefined;
  const fields = item.getFields();
  const tableColumns = getTableColumns(table) as Record<string, PgColumn>;
  const names = new Set<string>(always);
  for (const items of fieldsNamed(info, info.fieldNodes, "items")) {
    for (const selected of fieldsNamed(info, [items], undefined)) {
      const name = selected.name.value;
      if (name === "__typename") continue;
      const field = fields[name];
      if (!field || field.resolve || !tableColumns[name]) return undefined;
      names.add(name);
    }
  }
  const keys = [...names].sort();
  return { key: keys.join(","), columns: Object.fromEntries(keys.map((key) => [key, tableColumns[key]!])) };
}

/** The fields selected under `parents` (through fragments, whatever their type condition), only those called `name` when given. */
function fieldsNamed(info: GraphQLResolveInfo, parents: readonly FieldNode[], name: string | undefined): FieldNode[] {
  const found: FieldNode[] = [];
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (name === undefined || selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else walk(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const parent of parents) walk(parent.selectionSet);
  return found;
}
