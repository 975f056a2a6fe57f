import { eq, sql } from "drizzle-orm";
import { civicCodeCounters, civicMatters, followUps, matterAssignments, matterEvents, matterExtensions, matterSupervisions } from "@cunwu/schema";
import type { Tx } from "../../db/database";
import type { SimMatter } from "./matter-sim";

const chunks = <T>(items: readonly T[], size: number) => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** Writes the simulated matters with their assignments, extensions, supervisions, follow-ups and timelines; returns the number of events. */
export async function insertMatters(tx: Tx, matters: SimMatter[]): Promise<number> {
  // Codes: a block per year from the counters, so they follow receipt and are never reused.
  const byYear = new Map<number, SimMatter[]>();
  for (const m of matters) {
    const year = Number(m.receivedDay.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), m]);
  }
  for (const [year, list] of byYear) {
    const [counter] = await tx
      .insert(civicCodeCounters)
      .values({ year, last: list.length })
      .onConflictDoUpdate({ target: civicCodeCounters.year, set: { last: sql`${civicCodeCounters.last} + ${list.length}` } })
      .returning({ last: civicCodeCounters.last });
    const first = counter!.last - list.length + 1;
    list.forEach((m, i) => (m.code = `MS-${year}-${String(first + i).padStart(5, "0")}`));
  }

  for (const batch of chunks(matters, 100)) {
    const rows = await tx
      .insert(civicMatters)
      .values(batch.map((m) => ({ ...m.values, code: m.code! })))
      .returning({ id: civicMatters.id, code: civicMatters.code });
    const ids = new Map(rows.map((r) => [r.code, r.id]));
    for (const m of batch) m.id = ids.get(m.code!)!;
  }
  for (const m of matters.filter((x) => x.mergeInto)) {
    await tx.update(civicMatters).set({ duplicateOfId: m.mergeInto!.id! }).where(eq(civicMatters.id, m.id!));
  }

  /** Inserts rows in batches and hands each its id (RETURNING keeps the order of VALUES; checked). */
  async function insertWithIds<T extends { id?: number }, R extends { id: number; matterId: number }>(
    items: { matter: SimMatter; item: T }[],
    insert: (batch: { matter: SimMatter; item: T }[]) => Promise<R[]>,
  ) {
    for (const batch of chunks(items, 100)) {
      const rows = await insert(batch);
      rows.forEach((row, i) => {
        if (row.matterId !== batch[i]!.matter.id) throw new Error("seedCivicHistory: rows came back out of order");
        batch[i]!.item.id = row.id;
      });
    }
  }

  await insertWithIds(
    matters.flatMap((matter) => matter.assignments.map((item) => ({ matter, item }))),
    (batch) =>
      tx
        .insert(matterAssignments)
        .values(batch.map(({ matter, item: { actorId: _actor, id: _id, ...a } }) => ({ ...a, matterId: matter.id! })))
        .returning({ id: matterAssignments.id, matterId: matterAssignments.matterId }),
  );
  await insertWithIds(
    matters.flatMap((matter) => matter.extensions.map((item) => ({ matter, item }))),
    (batch) =>
      tx
        .insert(matterExtensions)
        .values(batch.map(({ matter, item: { assignment, id: _id, ...e } }) => ({ ...e, matterId: matter.id!, assignmentId: assignment.id! })))
        .returning({ id: matterExtensions.id, matterId: matterExtensions.matterId }),
  );
  await insertWithIds(
    matters.flatMap((matter) => matter.supervisions.map((item) => ({ matter, item }))),
    (batch) =>
      tx
        .insert(matterSupervisions)
        .values(batch.map(({ matter, item: { id: _id, ...s } }) => ({ ...s, matterId: matter.id! })))
        .returning({ id: matterSupervisions.id, matterId: matterSupervisions.matterId }),
  );
  await insertWithIds(
    matters.flatMap((matter) => matter.followUps.map((item) => ({ matter, item }))),
    (batch) =>
      tx
        .insert(followUps)
        .values(batch.map(({ matter, item: { id: _id, ...f } }) => ({ ...f, matterId: matter.id! })))
        .returning({ id: followUps.id, matterId: followUps.matterId }),
  );
  const events = matters.flatMap((m) => m.events.map((e) => ({ m, e })));
  for (const batch of chunks(events, 200)) {
    await tx.insert(matterEvents).values(
      batch.map(({ m, e }) => ({
        matterId: m.id!,
        type: e.type,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorId: e.actorId,
        note: e.note,
        public: e.public,
        data: e.data(),
        at: e.at,
      })),
    );
  }

  return events.length;
}
