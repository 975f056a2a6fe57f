import { eq } from "drizzle-orm";
import { townships, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { DbOrTx } from "../db/database";
import { badInput, forbidden } from "../errors";
import { parseId } from "../common/validate";

/** The township and/or village a report covers (null: no narrowing). */
export interface ReportArea {
  townshipId: number | null;
  villageId: number | null;
}

/**
 * The area within the caller's scope: district roles anything; township
 * staff their own township (the default) or one of its villages; a village
 * committee its own village; department staff any area (the report narrows
 * to their own work). An explicit area outside the scope is FORBIDDEN
 * (geography is public, so refusing leaks nothing).
 */
export async function reportArea(
  db: DbOrTx,
  actor: Actor,
  filter: { townshipId?: string | null; villageId?: string | null } | null | undefined,
): Promise<ReportArea> {
  const townshipId = filter?.townshipId ? parseId(filter.townshipId, "Township", "townshipId") : null;
  const villageId = filter?.villageId ? parseId(filter.villageId, "Village", "villageId") : null;
  if (actor.role === "VILLAGE_COMMITTEE") {
    if (villageId !== null && villageId !== actor.villageId) throw forbidden("A village committee reports on its own village only");
    if (townshipId !== null && villageId === null) throw forbidden("A village committee reports on its own village only");
  }
  if (actor.role === "TOWNSHIP_STAFF" && townshipId !== null && townshipId !== actor.townshipId) {
    throw forbidden("Township staff report on their own township only");
  }
  let village: { id: number; townshipId: number } | undefined;
  if (villageId !== null) {
    [village] = await db.select({ id: villages.id, townshipId: villages.townshipId }).from(villages).where(eq(villages.id, villageId));
    if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${villageId} does not exist`);
    if (townshipId !== null && village.townshipId !== townshipId) throw badInput({ villageId: "INVALID" }, "The village is not in that township");
  }
  if (townshipId !== null && village === undefined) {
    const [township] = await db.select({ id: townships.id }).from(townships).where(eq(townships.id, townshipId));
    if (!township) throw badInput({ townshipId: "NOT_FOUND" }, `Township ${townshipId} does not exist`);
  }
  switch (actor.role) {
    case "DISTRICT_ADMIN":
    case "DISTRICT_STAFF":
      return { townshipId, villageId };
    case "TOWNSHIP_STAFF":
      if (village && village.townshipId !== actor.townshipId) throw forbidden("Township staff report on their own township only");
      return { townshipId: actor.townshipId, villageId };
    case "VILLAGE_COMMITTEE":
      return { townshipId: null, villageId: actor.villageId };
    case "DEPARTMENT_STAFF":
      // Departments serve the whole district; a report that admits them
      // narrows further to what they handle (civicReport: their matters).
      return { townshipId, villageId };
    default:
      throw forbidden();
  }
}
