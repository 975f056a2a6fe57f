// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server";
import { expectOk } from "../support/assert";
import { recordStatements } from "../support/statements";
import { usePointsWorld } from "../support/points-world";
import { mostColumnSets } from "@cunwu/server/points/household-entries";

// A household's entries read only the columns their asked fields need
// (server/src/request/asked-columns.ts). Whatever the selection's shape
// (fragments, aliases, a field computed by code, two selections in one
// request), the answer is the one every column gives.

const w = usePointsWorld();
let t: TestServer;
let admin: string;
/** Households with entries of every kind that changes a balance by hand: awards, a deduction, a reversal. */
let ids: string[];
beforeAll(async () => {
  t = w.t;
  admin = w.tokens.admin!;
  const households = Array.from({ length: 6 }, () => w.fresh("PC01"));
  ids = households.map(String);
  const first = await w.awarded({ householdIds: households, ruleId: w.rule("庭院整洁") });
  await w.awarded({ householdIds: households.slice(0, 3), ruleId: w.rule("发展特色种养业") });
  await w.deduct(households[1]!, w.rule("乱堆乱放"));
  await w.reverse(first[2]!.id);
});

type Entry = Record<string, unknown> & { id: string };
type Listed = { id: string; entries: { items: Entry[] } };

const everyField =
  "id householdId villageId kind delta requestedDelta balanceAfter ruleId batchId activityId redemptionId reversesEntryId reason deedDate recordedBy recordedAt allowedActions";

/** The households given entries above, with the entries' fields as `selection` asks them. */
async function listed(selection: string, fragments = ""): Promise<Listed[]> {
  const data = expectOk(
    await t.gql(`query ($ids: [ID!]) { households(filter: { ids: $ids }, perPage: 20) { items { id entries(perPage: 5) { ${selection} } } } } ${fragments}`, { ids }, admin),
  );
  return data.households.items as Listed[];
}

/** Each entry with only `fields`, from the read of every field. */
const picked = (households: Listed[], fields: string[]) =>
  households.map((h) => ({ id: h.id, entries: { items: h.entries.items.map((e) => Object.fromEntries(fields.map((f) => [f, e[f]]))) } }));

describe("a household's entries, whatever is asked of them", () => {
  let full: Listed[];
  beforeAll(async () => {
    full = await listed(`items { ${everyField} }`);
    expect(full.flatMap((h) => h.entries.items).length).toBe(11);
  });

  it("read through fragments, an alias and __typename: the same entries", async () => {
    const answer = await listed(`items { ...Day ... on PointEntry { kind } change: delta __typename }`, "fragment Day on PointEntry { id deedDate balanceAfter }");
    const expected = picked(full, ["id", "deedDate", "balanceAfter", "kind", "delta"]);
    expect(answer.map((h) => ({ id: h.id, entries: { items: h.entries.items.map(({ change, __typename, ...e }) => ({ ...e, delta: change, typename: __typename })) } }))).toEqual(
      expected.map((h) => ({ id: h.id, entries: { items: h.entries.items.map((e) => ({ ...e, typename: "PointEntry" })) } })),
    );
  });

  it("a field computed by code among them is answered from the whole row", async () => {
    expect(await listed("items { id requestedDelta allowedActions }")).toEqual(picked(full, ["id", "requestedDelta", "allowedActions"]));
    expect(await listed("items { id reason recordedAt }")).toEqual(picked(full, ["id", "reason", "recordedAt"]));
  });

  it("two selections of the entries in one request each get their own fields", async () => {
    const data = expectOk(
      await t.gql(
        `query ($ids: [ID!]) { households(filter: { ids: $ids }, perPage: 20) { items { id few: entries(perPage: 5) { items { id delta } } more: entries(perPage: 5) { items { id reason allowedActions } } } } }`,
        { ids },
        admin,
      ),
    );
    const items = data.households.items as { id: string; few: Listed["entries"]; more: Listed["entries"] }[];
    expect(items.map((h) => ({ id: h.id, entries: h.few }))).toEqual(picked(full, ["id", "delta"]));
    expect(items.map((h) => ({ id: h.id, entries: h.more }))).toEqual(picked(full, ["id", "reason", "allowedActions"]));
  });

  /** The answer to `selection`, and the columns its entries' statement read. */
  const columnsRead = async (selection: string) => {
    const { result, statements } = await recordStatements(t, () => listed(selection));
    const entries = statements.filter((text) => /from "point_entries"/.test(text) && /lateral/.test(text));
    expect(entries).toHaveLength(1);
    // select "id", "delta", … from "point_entries" where …
    const columns = entries[0]!.slice("select ".length, entries[0]!.indexOf(" from ")).split(", ").map((column) => column.replaceAll('"', ""));
    return { result, columns };
  };

  it("reads only the asked columns when every asked field is one, and every column otherwise", async () => {
    expect((await columnsRead("items { id delta deedDate }")).columns.sort()).toEqual(["deed_date", "delta", "household_id", "id"]);
    expect((await columnsRead("items { id allowedActions }")).columns).toHaveLength(17);
  });

  it("keeps a bounded number of column sets per server: past them a new set reads every column, and answers the same", async () => {
    const plain = ["villageId", "kind", "delta", "balanceAfter", "ruleId", "batchId", "activityId", "redemptionId", "reversesEntryId", "reason", "deedDate", "recordedBy", "recordedAt"];
    // Sets of three plain fields beside the id, none asked before: more than the server keeps.
    const sets: string[][] = [];
    for (let a = 0; a < plain.length && sets.length < mostColumnSets + 3; a++)
      for (let b = a + 1; b < plain.length && sets.length < mostColumnSets + 3; b++) sets.push(["id", plain[a]!, plain[b]!, "recordedBy"]);
    const widths: number[] = [];
    for (const fields of sets) {
      const { result, columns } = await columnsRead(`items { ${fields.join(" ")} }`);
      expect(result).toEqual(picked(full, fields));
      widths.push(columns.length);
    }
    // Narrow (the four asked and the household's id) until the server holds its most, then every column.
    const narrowed = widths.filter((width) => width <= 5).length;
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(mostColumnSets);
    expect(narrowed, "some sets came past the bound").toBeLessThan(sets.length);
    expect(widths.slice(0, narrowed).every((width) => width <= 5)).toBe(true);
    expect(widths.slice(narrowed)).toEqual(Array(sets.length - narrowed).fill(17));
    // A set kept before still reads only its own.
    expect((await columnsRead(`items { ${sets[0]!.join(" ")} }`)).columns.length).toBeLessThanOrEqual(5);
  });
});
