import { Extensions, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { countedRowsCap } from "./paging";

const cap = countedRowsCap.toLocaleString("en");

/**
 * Marks a field whose value on its object is a promise (the page's count,
 * made only when asked): it keeps a resolver, as compiled execution reads a
 * plain property without waiting for it (graphql/plain-fields.ts).
 */
export const valueIsPromise = { valueIsPromise: true } as const;

/**
 * The GraphQL page of a list of `item`: its items, and how many rows match,
 * counted up to a cap. Every list's page type extends it:
 * `@ObjectType() class VillagePage extends PageOf(Village) {}`.
 */
export function PageOf<Item extends object>(item: ClassType<Item>) {
  // Abstract: only the lists' own page types, which inherit these fields, are in the schema.
  @ObjectType()
  abstract class Page {
    @Field(() => [item])
    items!: Item[];

    @Extensions(valueIsPromise)
    @Field(() => Int, { description: `How many rows match, counted up to ${cap} (see totalCapped); counted only when asked` })
    total!: number;

    @Extensions(valueIsPromise)
    @Field(() => Boolean, {
      description: `True when more than ${cap} rows match: total is then ${cap}, and pages start within the first ${cap} rows (narrow the filter to reach the others)`,
    })
    totalCapped!: boolean;
  }
  return Page;
}
