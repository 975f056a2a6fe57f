import type { GraphQLResult, TestServer } from "../server";

/** Whatever can post an operation: a test server (the e2e servers too). */
export type Sender = Pick<TestServer, "gql">;

/** An id as the API takes it: GraphQL's ID accepts a string or an integer. */
export type Id = string | number;

/**
 * One GraphQL operation, written once: call it for the raw answer (to assert
 * a refusal), or `.ok` for the field's value when it must succeed.
 */
export interface Operation<Args, Field extends string, Result> {
  (t: Sender, args: Args, token?: string): Promise<GraphQLResult<Record<Field, Result>>>;
  ok(t: Sender, args: Args, token?: string): Promise<Result>;
  /** The document, for tests that send it their own way (hostile input, the transport). */
  readonly document: string;
}

export function operation<Args, Field extends string, Result>(
  field: Field,
  document: string,
  variables: (args: Args) => Record<string, unknown> = (args) => args as Record<string, unknown>,
): Operation<Args, Field, Result> {
  const send = (t: Sender, args: Args, token?: string) => t.gql<Record<Field, Result>>(document, variables(args), token);
  const ok = async (t: Sender, args: Args, token?: string) => {
    const result = await send(t, args, token);
    if (result.errors?.length || !result.data) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
    return result.data[field];
  };
  return Object.assign(send, { ok, document });
}
