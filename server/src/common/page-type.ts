import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { countedRowsCap } from "./paging";

const cap = countedRowsCap.toLocaleString("en");

/**
 * The GraphQL page of a list of `item`: its items, and how many rows match,
 * counted up to a cap. Every list's page type extends it:
 * `@ObjectType() class VillagePage extends PageOf(Village) {}`. Its value is
 * a `Page` (common/list.ts); the two counts are methods, so they count only
 * when a client asks for them.
 */
export function PageOf<Item extends object>(item: ClassType<Item>) {
  // Abstract: only the lists' own page types, which inherit these fields, are in the schema.
  @ObjectType()
  abstract class Page {
    @Field(() => [item])
    items!: Item[];

    declare readonly countMatching: () => Promise<number>;

    @Field(() => Int, { description: `How many rows match, counted up to ${cap} (see totalCapped); counted only when asked` })
    async total(): Promise<number> {
      return Math.min(await this.countMatching(), countedRowsCap);
    }

    @Field(() => Boolean, {
      description: `True when more than ${cap} rows match: total is then ${cap}, and pages start within the first ${cap} rows (narrow the filter to reach the others)`,
    })
    async totalCapped(): Promise<boolean> {
      return (await this.countMatching()) > countedRowsCap;
    }
  }
  return Page;
}
