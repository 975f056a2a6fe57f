import type { TypedDocumentString } from "../gql/graphql";
import { execute } from "./graphqlClient";

/** Runs an operation whose single field is aliased `result`, and answers that field. */
export const run = async <TResult, TVariables>(
  document: TypedDocumentString<{ result: TResult }, TVariables>,
  variables: TVariables,
): Promise<TResult> => (await execute(document, variables)).result;
