import type { RaRecord } from "react-admin";

// What the caller may do with a record is the server's word: each record
// carries `allowedActions`, computed by the checks its mutations run. A
// button shows when its action is there, and for no other reason.

type WithActions<A extends string> = { allowedActions?: readonly A[] | null } | null | undefined;

/** Whether the server allows the caller this step on the record now. */
export const allows = <A extends string>(record: WithActions<A>, action: A): boolean => Boolean(record?.allowedActions?.includes(action));

/** A list row opens its edit form only where the server allows UPDATE; otherwise a click does nothing. */
export const editWhereAllowed = (_id: unknown, _resource: string, record: RaRecord): "edit" | false =>
  allows(record as WithActions<string>, "UPDATE") ? "edit" : false;
