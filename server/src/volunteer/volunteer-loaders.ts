import DataLoader from "dataloader";
import { and, inArray } from "drizzle-orm";
import { activities, pointEntries, pointRules, serviceBrands, volunteerTeams } from "@cunwu/schema";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/database";
import type { Context } from "../graphql/context";
import { activityScope, ownedScope } from "./volunteer-scope";
import { entriesOf, participantsOf, participationTotals, type ParticipantRow } from "./participation-service";

type Row<T extends { $inferSelect: unknown }> = T["$inferSelect"];

/** Rows by id, in the order asked, undefined where missing (or out of scope). */
function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const map = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/** Rows grouped by a key, [] where none, in the order the keys were asked. */
function groupedBy<T>(load: (keys: number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return new DataLoader<number, T[]>(async (keys) => {
    const groups = new Map<number, T[]>();
    for (const row of await load([...keys])) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * The volunteer module's per-request loaders, so a page of activities costs
 * one statement per nested field whatever its size. Each applies the
 * caller's scope itself, so a nested field shows no more than a list would.
 */
function createVolunteerLoaders(db: Db, actor: Actor) {
  return {
    team: byId<Row<typeof volunteerTeams>>((ids) =>
      db
        .select()
        .from(volunteerTeams)
        .where(and(inArray(volunteerTeams.id, ids), ownedScope(actor, { townshipId: volunteerTeams.townshipId, villageId: volunteerTeams.villageId }))),
    ),
    brand: byId<Row<typeof serviceBrands>>((ids) =>
      db
        .select()
        .from(serviceBrands)
        .where(and(inArray(serviceBrands.id, ids), ownedScope(actor, { townshipId: serviceBrands.townshipId, villageId: serviceBrands.villageId }))),
    ),
    activity: byId<Row<typeof activities>>((ids) => db.select().from(activities).where(and(inArray(activities.id, ids), activityScope(actor)))),
    /** The rule catalogue is public; only the points are needed. */
    rule: byId((ids) => db.select({ id: pointRules.id, points: pointRules.points }).from(pointRules).where(inArray(pointRules.id, ids))),
    participants: groupedBy<ParticipantRow>((ids) => participantsOf(db, actor, ids), (row) => row.activityId),
    totals: new DataLoader<number, { households: number; people: number }>(async (ids) => {
      const map = new Map((await participationTotals(db, ids)).map((row) => [row.activityId, row]));
      return ids.map((id) => map.get(id) ?? { households: 0, people: 0 });
    }),
    entries: groupedBy<Row<typeof pointEntries>>((ids) => entriesOf(db, actor, ids), (row) => row.activityId!),
  };
}

export type VolunteerLoaders = ReturnType<typeof createVolunteerLoaders>;

// One set per request: the context object lives exactly as long as its request.
const perRequest = new WeakMap<Context, VolunteerLoaders>();

export function volunteerLoaders(ctx: Context, actor: Actor): VolunteerLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createVolunteerLoaders(ctx.db, actor);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
