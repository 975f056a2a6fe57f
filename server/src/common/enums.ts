/**
 * A database enum's values as the object type-graphql registers (each value
 * its own name), so a GraphQL enum is the table's enum, written once.
 */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
