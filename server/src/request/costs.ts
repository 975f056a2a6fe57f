/**
 * What a field costs the server, for the per-request cost limit
 * (graphql/limits.ts, CUNWU_MAX_COST). A field's cost adds what its selection
 * costs; a page multiplies its items by its page size, a nested list by
 * `assumedListLength`. Fields that read through a request's loaders cost the
 * default 1: a loader asks once for all parents.
 */
export const cost = {
  /** A report: aggregate queries over a year of an area's ledger, shop or matters. */
  report: 500,
  /** A village's ranking (红黑榜): earnings of every household over a period. */
  ranking: 300,
  /** A household's passbook: its entries with running balances. */
  passbook: 200,
  /** Every active household's passbook of a village: a few statements over the village's entries. */
  villagePassbooks: 1_000,
  /** Every household's balance checked against its ledger. */
  reconcile: 5_000,
  /** A list's own queries (items and total), before its items. */
  list: 10,
  /** One record by id. */
  byId: 2,
  /** A field that runs a query of its own for each parent. */
  ownQuery: 5,
} as const;

/** How many items a nested list without a page size is assumed to hold. */
export const assumedListLength = 10;
