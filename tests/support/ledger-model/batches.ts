import { expect } from "vitest";
import { eq, sql } from "drizzle-orm";
import { awardBatches } from "@cunwu/schema";
import { pointEntries } from "../ops/points";
import { command, expectPredicted } from "./check";
import { note, type MBatch, type Model } from "./model";

// The award batches of a village with publicity: objections, removed lines,
// the publicity's end, posting and withdrawing.

const hasBatches = (m: Readonly<Model>) => m.batches.length > 0;

/** Batch operations: as the admin (PC02's committee would do the same), objections as a PC02 resident. */
export const objectCommand = (batchPick: number, linePick: number) =>
  command(`object(${batchPick}, ${linePick})`, hasBatches, async (m, real) => {
    const b = m.batches[batchPick % m.batches.length]!;
    const line = b.lines[linePick % b.lines.length]!;
    const label = `object(batch ${b.id} ${b.status}, line h=${line.h} ${line.state})`;
    // One resident objects to a line once: a second objection is CONFLICT.
    const code = b.status !== "ON_PUBLICITY" || line.state !== "INCLUDED" || line.objections > 0 ? "CONFLICT" : null;
    const result = await real.gql(
      `mutation ($id: ID!, $r: String!) { objectToAward(lineId: $id, reason: $r) { id lineId } }`,
      { id: line.id, r: "该户当月并未参加整治" },
      m.setup.tokens.objector,
    );
    expectPredicted(m, label, code, result);
    if (code === null) {
      expect((result.data as any).objectToAward.lineId).toBe(line.id);
      line.objections += 1;
    }
    return label;
  });

export const removeLineCommand = (batchPick: number, linePick: number) =>
  command(`removeLine(${batchPick}, ${linePick})`, hasBatches, async (m, real) => {
    const b = m.batches[batchPick % m.batches.length]!;
    const line = b.lines[linePick % b.lines.length]!;
    const label = `removeLine(batch ${b.id} ${b.status}, line h=${line.h} ${line.state})`;
    const code = b.status !== "ON_PUBLICITY" || line.state !== "INCLUDED" ? "CONFLICT" : null;
    const result = await real.gql(
      `mutation ($id: ID!, $r: String!) { removeAwardLine(lineId: $id, reason: $r) { id status } }`,
      { id: line.id, r: "异议属实" },
      m.setup.tokens.admin,
    );
    expectPredicted(m, label, code, result);
    if (code === null) line.state = "REMOVED";
    return label;
  });

/** Time passes for one batch: its publicity ends (the end date moves to the past in the database). */
async function endPublicity(m: Model, b: MBatch) {
  await m.setup.t.server.connection.db
    .update(awardBatches)
    .set({ publicityEndsOn: sql`current_date - 1` })
    .where(eq(awardBatches.id, Number(b.id)));
  b.ended = true;
  note(m, "endPublicity", "-", `endPublicity(batch ${b.id})`);
}

export const endPublicityCommand = (batchPick: number) =>
  command(`endPublicity(${batchPick})`, hasBatches, async (m) => {
    const b = m.batches[batchPick % m.batches.length]!;
    await endPublicity(m, b);
    return `endPublicity(batch ${b.id})`;
  });

/** Posts a batch, with its publicity ended first (`endFirst`) or as it stands. */
export const postCommand = (batchPick: number, endFirst: boolean) =>
  command(`post(${batchPick}${endFirst ? ", after publicity" : ""})`, hasBatches, async (m, real) => {
    const b = m.batches[batchPick % m.batches.length]!;
    if (endFirst) await endPublicity(m, b);
    const included = b.lines.filter((l) => l.state === "INCLUDED");
    const label = `post(batch ${b.id} ${b.status}${b.ended ? " ended" : ""}, ${included.length} lines)`;
    const code = b.status !== "ON_PUBLICITY" || !b.ended || included.length === 0 ? "CONFLICT" : null;
    const result = await real.gql(`mutation ($id: ID!) { postAwardBatch(id: $id) { id status } }`, { id: b.id }, m.setup.tokens.admin);
    expectPredicted(m, label, code, result);
    if (code !== null) return label;
    expect((result.data as any).postAwardBatch.status).toBe("POSTED");
    b.status = "POSTED";
    // The entries it wrote are the newest AWARD entries of the village.
    const written = await pointEntries.ok(
      real,
      { filter: { villageId: m.setup.villageIds.PC02, kind: "AWARD" }, perPage: included.length, sort: [{ field: "id", order: "DESC" }] },
      m.setup.tokens.admin,
    );
    const items = written.items;
    expect(items.map((e) => e.batchId)).toEqual(included.map(() => b.id));
    expect(items.map((e) => e.householdId).sort()).toEqual(included.map((l) => m.households[l.h]!.id).sort());
    for (const line of included) {
      const household = m.households[line.h]!;
      household.balance += b.points;
      const entry = items.find((e) => e.householdId === household.id);
      expect(entry).toMatchObject({ delta: b.points, balanceAfter: household.balance });
      m.entries.push({ id: entry!.id, h: line.h, kind: "AWARD", delta: b.points, reversed: false });
    }
    return label;
  });

export const withdrawCommand = (batchPick: number) =>
  command(`withdraw(${batchPick})`, hasBatches, async (m, real) => {
    const b = m.batches[batchPick % m.batches.length]!;
    const label = `withdraw(batch ${b.id} ${b.status})`;
    const code = b.status !== "ON_PUBLICITY" ? "CONFLICT" : null;
    const result = await real.gql(
      `mutation ($id: ID!, $r: String!) { withdrawAwardBatch(id: $id, reason: $r) { id status } }`,
      { id: b.id, r: "公示期间发现差错" },
      m.setup.tokens.admin,
    );
    expectPredicted(m, label, code, result);
    if (code === null) b.status = "WITHDRAWN";
    return label;
  });
