import { inArray } from "drizzle-orm";
import { households } from "@cunwu/schema";
import { byId, perRequest } from "../request/loaders";

/** A resident user's household, for the users list (only the admin lists users, so no scope applies). */
export const userLoaders = perRequest(({ db }) => ({
  household: byId<typeof households.$inferSelect>((ids) => db.select().from(households).where(inArray(households.id, ids))),
}));
