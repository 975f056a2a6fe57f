import type { users } from "@cunwu/schema";

export type Role = (typeof users.$inferSelect)["role"];
export const roles = [
  "DISTRICT_ADMIN",
  "DISTRICT_STAFF",
  "TOWNSHIP_STAFF",
  "VILLAGE_COMMITTEE",
  "DEPARTMENT_STAFF",
  "RESIDENT",
] as const satisfies readonly Role[];

/** The logged-in user as services see it: who, which role, and the one scope id that role needs. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  townshipId: number | null;
  villageId: number | null;
  departmentId: number | null;
  householdId: number | null;
}

export function actorFromUser(user: typeof users.$inferSelect): Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    townshipId: user.townshipId,
    villageId: user.villageId,
    departmentId: user.departmentId,
    householdId: user.householdId,
  };
}

/** Roles that see the whole district. */
export const isDistrictWide = (actor: Actor) => actor.role === "DISTRICT_ADMIN" || actor.role === "DISTRICT_STAFF";

export const villageReaders = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "RESIDENT"] as const;
