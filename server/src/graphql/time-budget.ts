import type { MiddlewareFn } from "type-graphql";
import { timeBudgetExceeded } from "../errors";
import { pgErrorOf } from "../common/db-errors";
import type { Context } from "../request/context";

// A request's wall-clock budget (CUNWU_REQUEST_BUDGET_MS): no resolver starts
// after it has run out, and on PostgreSQL no statement runs longer
// (statement_timeout on every connection). The cost limit refuses what is
// known to be expensive before it starts; this ends what turns out slow, so
// no single request holds a connection or the event loop for long.

/** Refuses to start a resolver once the request's deadline has passed. */
export const timeBudget: MiddlewareFn<Context> = async ({ context }, next) => {
  if (context.deadline !== undefined && Date.now() > context.deadline.at) throw timeBudgetExceeded(context.deadline.budgetMs);
  return next();
};

/** PostgreSQL's statement_timeout (57014, query_canceled) as the same refusal. */
export function isStatementTimeout(error: unknown): boolean {
  return pgErrorOf(error)?.code === "57014";
}
