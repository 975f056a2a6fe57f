import { and, count, inArray, ne } from "drizzle-orm";
import { departments, households, townships, villages } from "@cunwu/schema";
import { byId, countBy, perRequest } from "../request/loaders";

type Row<T extends { $inferSelect: unknown }> = T["$inferSelect"];

/**
 * Places by id and their counts, for the nested fields every module shows
 * (a matter's village, a user's township). Geography is public, so these
 * apply no scope.
 */
export const geoLoaders = perRequest(({ db }) => ({
  township: byId<Row<typeof townships>>((ids) => db.select().from(townships).where(inArray(townships.id, ids))),
  village: byId<Row<typeof villages>>((ids) => db.select().from(villages).where(inArray(villages.id, ids))),
  department: byId<Row<typeof departments>>((ids) => db.select().from(departments).where(inArray(departments.id, ids))),
  villageCount: countBy((ids) =>
    db.select({ key: villages.townshipId, n: count() }).from(villages).where(inArray(villages.townshipId, ids)).groupBy(villages.townshipId),
  ),
  /** Households of a village that have not been archived. */
  householdCount: countBy((ids) =>
    db
      .select({ key: households.villageId, n: count() })
      .from(households)
      .where(and(inArray(households.villageId, ids), ne(households.status, "ARCHIVED")))
      .groupBy(households.villageId),
  ),
}));
