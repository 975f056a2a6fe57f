import { asc, desc, type AnyColumn, type SQL } from "drizzle-orm";
import { Field, InputType, registerEnumType } from "type-graphql";
import { badInput } from "../errors";

export enum SortOrder {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortOrder, { name: "SortOrder" });

@InputType({ description: "One sort key of a list; the first key sorts first." })
export class SortInput {
  @Field(() => String)
  field!: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.ASC })
  order!: SortOrder;
}

/** The hard cap on a page: a client wanting more reads more pages. */
export const maxPerPage = 200;
export const defaultPerPage = 25;
/**
 * A list counts its matching rows up to this many, and its pages start
 * within them: past it a count or an offset costs a scan of everything
 * before it (two million ledger entries), and nobody pages that far; they
 * narrow the filter or sort the other way.
 */
export const countedRowsCap = 10_000;

export interface PageRequest {
  limit: number;
  offset: number;
}

export function pageRequest(page: number | null | undefined, perPage: number | null | undefined): PageRequest {
  const p = page ?? 1;
  const size = perPage ?? defaultPerPage;
  const fields: Record<string, string> = {};
  if (!Number.isInteger(p) || p < 1) fields.page = "OUT_OF_RANGE";
  if (!Number.isInteger(size) || size < 1 || size > maxPerPage) fields.perPage = "OUT_OF_RANGE";
  if (Object.keys(fields).length) throw badInput(fields, `page must be 1 or more and perPage from 1 to ${maxPerPage}`);
  const offset = (p - 1) * size;
  if (offset >= countedRowsCap) {
    throw badInput({ page: "OUT_OF_RANGE" }, `Pages start within the first ${countedRowsCap} rows of a list; narrow the filter or sort the other way`);
  }
  return { limit: size, offset };
}

/**
 * ORDER BY for the sort keys a client asked for, from the columns a list
 * allows; `id` is always the last key so pages are stable.
 */
export function orderBy(
  sort: readonly SortInput[] | null | undefined,
  columns: Record<string, AnyColumn | SQL>,
  fallback: readonly SortInput[] = [{ field: "id", order: SortOrder.ASC }],
): SQL[] {
  const keys = sort && sort.length > 0 ? sort : fallback;
  const unknown = keys.filter((key) => !(key.field in columns));
  if (unknown.length > 0) {
    throw badInput({ sort: "INVALID" }, `Cannot sort by ${unknown.map((k) => k.field).join(", ")}; sortable: ${Object.keys(columns).join(", ")}`);
  }
  const clauses = keys.map((key) => (key.order === SortOrder.DESC ? desc(columns[key.field]!) : asc(columns[key.field]!)));
  if (!keys.some((key) => key.field === "id") && columns.id) clauses.push(asc(columns.id));
  return clauses;
}

/** `%text%` for ILIKE with the user's own % and _ taken literally. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
