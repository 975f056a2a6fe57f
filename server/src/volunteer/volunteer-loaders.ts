import DataLoader from "dataloader";
import { and, inArray } from "drizzle-orm";
import { activities, pointEntries, serviceBrands, volunteerTeams } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { actorOf } from "../request/context";
import { byId, groupedBy, perRequest } from "../request/loaders";
import { activityScope, ownedScope } from "./volunteer-scope";
import { activityPhotos } from "../files/record-attachments";
import { entriesOf, participantsOf, participationTotals, ruleStates, unfitParticipants, type ParticipantRow, type UnfitParticipant } from "./participation-reads";

type Row<T extends { $inferSelect: unknown }> = T["$inferSelect"];

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
    /** The rule catalogue is public; only whether it gives points, and how many, is needed. */
    rule: byId((ids) => ruleStates(db, ids)),
    participants: groupedBy<ParticipantRow>((ids) => participantsOf(db, actor, ids), (row) => row.activityId),
    totals: new DataLoader<number, { households: number; people: number }>(async (ids) => {
      const map = new Map((await participationTotals(db, ids)).map((row) => [row.activityId, row]));
      return ids.map((id) => map.get(id) ?? { households: 0, people: 0 });
    }),
    /** For allowedActions' CONFIRM: read only for activities the caller may otherwise confirm. */
    unfit: groupedBy<UnfitParticipant>((ids) => unfitParticipants(db, ids), (row) => row.activityId),
    /** Photos, for whoever got the activity. */
    attachments: groupedBy((ids) => activityPhotos(db, ids), (row) => row.activityId),
    entries: groupedBy<Row<typeof pointEntries>>((ids) => entriesOf(db, actor, ids), (row) => row.activityId!),
  };
}

export type VolunteerLoaders = ReturnType<typeof createVolunteerLoaders>;

/** One set per request (the actor is the request's). */
export const volunteerLoaders = perRequest((ctx) => createVolunteerLoaders(ctx.db, actorOf(ctx)));
