// The schema's enums come from src/gql (generated from schema/schema.graphql).
// The printed schema sorts their values alphabetically; the console shows
// them in its own order, which may name only the schema's values. A value
// the order does not name yet comes last, so a new one still shows (its
// label is missing until i18n has it, and that fails the type check).

/** The values of a generated enum object, in the console's order. */
export const inOrder = <E extends string>(values: Record<string, E>, order: readonly E[]): readonly E[] => [
  ...order,
  ...Object.values(values).filter((value) => !order.includes(value)),
];

/** A type guard for one of the enum's values. */
export const isOneOf =
  <E extends string>(values: readonly E[]) =>
  (value: unknown): value is E =>
    typeof value === "string" && (values as readonly string[]).includes(value);
