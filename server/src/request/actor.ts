import { roleEnum, type users } from "@cunwu/schema";

/** The roles are the database's enum, written once in schema/src/enums.ts. */
export const roles = roleEnum.enumValues;
export type Role = (typeof roles)[number];

/** Who runs a village's households, points and shop (each call checks it is their village: auth/scope.ts runsVillage). */
export const villageRunners = ["DISTRICT_ADMIN", "VILLAGE_COMMITTEE"] as const satisfies readonly Role[];
/** The staff roles that read a village's records within their area (not residents, not departments). */
export const villageStaff = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE"] as const satisfies readonly Role[];

/** The logged-in user as services see it: who, which role, and the one scope id that role needs. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  townshipId: number | null;
  villageId: number | null;
  departmentId: number | null;
  householdId: number | null;
  /** After an admin's reset: only `me` and `changePassword` are served until a new password is chosen. */
  mustChangePassword: boolean;
}

export function actorFromUser(
  user: Pick<typeof users.$inferSelect, "id" | "username" | "role" | "townshipId" | "villageId" | "departmentId" | "householdId" | "mustChangePassword">,
): Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    townshipId: user.townshipId,
    villageId: user.villageId,
    departmentId: user.departmentId,
    householdId: user.householdId,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Roles that see the whole district. */
export const isDistrictWide = (actor: Actor) => actor.role === "DISTRICT_ADMIN" || actor.role === "DISTRICT_STAFF";

export const villageReaders = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "RESIDENT"] as const;
