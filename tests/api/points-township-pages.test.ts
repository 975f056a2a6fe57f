// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { pointEntries, villages } from "@cunwu/schema";
import { pointEntries as entryList } from "../support/ops/points";
import { usePointsWorld } from "../support/points-world";

// A township's ledger in id order is read village by village and merged
// (points/township-entries.ts): every page, either way, must be exactly the
// database's own order, for the admin's township filter and for township staff.

const w = usePointsWorld();
const { tokens, villageIds, hh, fresh, rule, awarded, deduct, db } = w;

beforeAll(async () => {
  // More entries in two of the township's villages, interleaved in time (青龙村 posts after publicity).
  for (const village of ["PC01", "PC03", "PC01", "PC03"]) {
    await awarded({ householdIds: [fresh(village), fresh(village)], ruleId: rule("庭院整洁") }, tokens.admin);
  }
  await deduct(hh("PC01-001"), rule("乱堆乱放"));
});

describe("a township's entries in id order", () => {
  const perPage = 2;
  const pcVillages = () => [villageIds.PC01!, villageIds.PC02!, villageIds.PC03!];
  const expectedIds = async (order: "ASC" | "DESC", kind?: "DEDUCTION") =>
    (
      await db()
        .select({ id: pointEntries.id })
        .from(pointEntries)
        .where(and(inArray(pointEntries.villageId, pcVillages()), kind ? eq(pointEntries.kind, kind) : undefined))
        .orderBy(order === "DESC" ? desc(pointEntries.id) : asc(pointEntries.id))
    ).map((row) => String(row.id));

  /** Every page of the list, in turn, and the total each page reported. */
  async function readAllPages(args: { filter?: Record<string, string>; sort?: { field: string; order: "ASC" | "DESC" }[] }, token?: string) {
    const ids: string[] = [];
    const totals = new Set<number>();
    for (let page = 1; ; page++) {
      const result = await entryList.ok(w.t, { ...args, page, perPage }, token);
      totals.add(result.total);
      ids.push(...result.items.map((entry) => entry.id));
      if (result.items.length < perPage) break;
    }
    return { ids, totals: [...totals] };
  }

  it("pages the admin's township filter newest first and oldest first, to the last page", async () => {
    const township = String(w.townshipOfPC());
    const newest = await expectedIds("DESC");
    expect(newest.length).toBeGreaterThan(3 * perPage);
    expect(await readAllPages({ filter: { townshipId: township } }, tokens.admin)).toEqual({ ids: newest, totals: [newest.length] });
    const oldest = await expectedIds("ASC");
    expect(await readAllPages({ filter: { townshipId: township }, sort: [{ field: "id", order: "ASC" }] }, tokens.admin)).toEqual({
      ids: oldest,
      totals: [oldest.length],
    });
  });

  it("keeps the other filters, and reads township staff's own township the same way", async () => {
    const township = String(w.townshipOfPC());
    const deductions = await expectedIds("DESC", "DEDUCTION");
    expect(deductions.length).toBeGreaterThan(0);
    expect((await readAllPages({ filter: { townshipId: township, kind: "DEDUCTION" } }, tokens.admin)).ids).toEqual(deductions);
    expect((await readAllPages({}, tokens.township)).ids).toEqual(await expectedIds("DESC"));
    // Another township's filter within township staff's scope: nothing, on any page.
    const [mb] = await db().select({ townshipId: villages.townshipId }).from(villages).where(eq(villages.id, villageIds.MB02!));
    expect(mb!.townshipId).not.toBe(w.townshipOfPC());
    expect(await entryList.ok(w.t, { filter: { townshipId: String(mb!.townshipId) }, perPage }, tokens.township)).toMatchObject({ total: 0, items: [] });
  });
});
