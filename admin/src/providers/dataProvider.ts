import type { DataProvider, GetListResult, RaRecord, SortPayload } from "react-admin";
import { actions, type Page } from "./actions";
import { civicActions } from "./civicActions";
import { execute } from "./graphqlClient";
import { changedInput, pickInput, toFilter } from "./inputs";
import { documentsOf, queryOf, type ResourceDocuments, type ResourceQuery } from "./resourceQueries";
import { getUser } from "./session";

/** The server refuses pages larger than this. */
export const MAX_PER_PAGE = 200;

type Values = Record<string, unknown>;
type Id = RaRecord["id"];
interface ListParams {
  filter?: Values;
  sort?: SortPayload;
  pagination?: { page: number; perPage: number };
}

/** The documents that read what the signed-in role may read of a resource. */
const documentsFor = (q: ResourceQuery): ResourceDocuments => documentsOf(q, getUser()?.role);

const toSort = (sort: SortPayload | undefined) =>
  sort?.field ? [{ field: sort.field, order: sort.order === "DESC" ? "DESC" : "ASC" }] : undefined;

const fetchPage = async <R>(
  q: ResourceQuery,
  filter: Values,
  sort: SortPayload | undefined,
  page: number,
  perPage: number,
): Promise<Page<R>> => {
  const variables = { filter, sort: toSort(sort), page, perPage };
  return (await execute(documentsFor(q).list, variables)).page as Page<R>;
};

// react-admin asks for more than the cap when exporting: read the range in capped pages.
const fetchRange = async <R>(
  q: ResourceQuery,
  filter: Values,
  sort: SortPayload | undefined,
  start: number,
  count: number,
): Promise<Page<R>> => {
  if (count <= MAX_PER_PAGE && start % count === 0) {
    return fetchPage<R>(q, filter, sort, start / count + 1, count);
  }
  const firstPage = Math.floor(start / MAX_PER_PAGE) + 1;
  const items: R[] = [];
  let total = 0;
  let totalCapped = false;
  for (let page = firstPage; ; page++) {
    const result = await fetchPage<R>(q, filter, sort, page, MAX_PER_PAGE);
    ({ total, totalCapped = false } = result);
    items.push(...result.items);
    const seen = page * MAX_PER_PAGE;
    if (result.items.length < MAX_PER_PAGE || seen >= start + count || seen >= total) break;
  }
  const offset = start - (firstPage - 1) * MAX_PER_PAGE;
  return { items: items.slice(offset, offset + count), total, totalCapped };
};

const fetchList = async <R extends RaRecord>(resource: string, params: ListParams): Promise<GetListResult<R>> => {
  const q = queryOf(resource);
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const filter = toFilter(params.filter, q.filters);
  const start = (page - 1) * perPage;
  const { items, total, totalCapped } = await fetchRange<R>(q, filter, params.sort, start, perPage);
  if (!totalCapped) return { data: items, total };
  // More rows match than the server counts (total is its cap, and pages start
  // within it): react-admin's partial pagination, previous and next without
  // "of N"; `meta.atLeast` for a count shown as "10000+".
  return {
    data: items,
    pageInfo: { hasPreviousPage: page > 1, hasNextPage: items.length === perPage && start + perPage < total },
    meta: { atLeast: total },
  };
};

type Operation = Exclude<keyof ResourceDocuments, "list">;
const refusals: Record<Operation, string> = { one: "Reading one", create: "Creating", update: "Updating", delete: "Deleting" };

// Every single-record operation aliases its field to `record`.
const fetchRecord = async <R>(resource: string, operation: Operation, variables: Values): Promise<R> => {
  const document = documentsFor(queryOf(resource))[operation];
  if (!document) throw new Error(`${refusals[operation]} ${resource} is not supported`);
  return (await execute(document, variables)).record as R;
};

const fetchOne = <R>(resource: string, id: Id): Promise<R> => fetchRecord<R>(resource, "one", { id });

// By the `ids` filter in capped pages where the server has one, else one by one.
const fetchMany = async <R>(resource: string, ids: readonly Id[]): Promise<R[]> => {
  const q = queryOf(resource);
  if (!q.filters.includes("ids")) return Promise.all(ids.map((id) => fetchOne<R>(resource, id)));
  const chunks: Id[][] = [];
  for (let i = 0; i < ids.length; i += MAX_PER_PAGE) chunks.push(ids.slice(i, i + MAX_PER_PAGE));
  const pages = await Promise.all(
    chunks.map((chunk) => fetchPage<R>(q, { ids: chunk }, undefined, 1, chunk.length)),
  );
  return pages.flatMap((p) => p.items);
};

const remove = <R>(resource: string, id: Id): Promise<R> => fetchRecord<R>(resource, "delete", { id });

const update = <R>(resource: string, id: Id, data: Values, previous?: Values): Promise<R> =>
  fetchRecord<R>(resource, "update", { id, input: changedInput(data, previous, queryOf(resource).updateFields ?? []) });

const create = <R>(resource: string, data: Values): Promise<R> =>
  fetchRecord<R>(resource, "create", { input: pickInput(data, queryOf(resource).createFields ?? []) });

/** react-admin's nine methods over the resources of resourceQueries.ts. */
const resourceMethods: DataProvider = {
  getList: (resource, params) => fetchList(resource, params),

  getOne: async (resource, params) => ({ data: await fetchOne(resource, params.id) }),

  getMany: async (resource, params) => ({ data: await fetchMany(resource, params.ids) }),

  getManyReference: (resource, { target, id, filter, ...params }) =>
    fetchList(resource, { ...params, filter: { ...filter, [target]: id } }),

  create: async (resource, params) => ({ data: await create(resource, params.data) }),

  // Sends only the allowed fields that changed.
  update: async (resource, params) => ({
    data: await update(resource, params.id, params.data, params.previousData),
  }),

  updateMany: async (resource, params) => {
    await Promise.all(params.ids.map((id) => update(resource, id, params.data)));
    return { data: params.ids };
  },

  // Only households can be "deleted", and that archives them (archiveHousehold).
  delete: async (resource, params) => ({ data: await remove(resource, params.id) }),

  deleteMany: async (resource, params) => {
    await Promise.all(params.ids.map((id) => remove(resource, id)));
    return { data: params.ids };
  },
};

/**
 * The console's data provider: the resource methods plus the ledger's and
 * the shop's own operations (actions.ts) and the civic workflow's
 * (civicActions.ts), which pages reach through
 * useCunwuDataProvider().
 */
export type CunwuDataProvider = DataProvider & typeof actions & typeof civicActions;
export const dataProvider: CunwuDataProvider = { ...resourceMethods, ...actions, ...civicActions };
