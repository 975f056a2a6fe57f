import type { Role } from "../request/actor";

// Who may call the civic operations at all (the guard's rule); the services
// narrow it to the matter (civic-scope.ts, matter-actions.ts).

/** Triage and assignment: staff above and the village committees. */
export const triagers = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE"] as const satisfies readonly Role[];
/** Intake: the triagers and residents. */
export const intake = [...triagers, "RESIDENT"] as const;
/** Who can be named on an assignment: department staff, township staff (lead officials) and village committees (DIRECT). */
export const assignees = ["DEPARTMENT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE"] as const satisfies readonly Role[];
export const handlers = ["DISTRICT_ADMIN", "DISTRICT_STAFF", ...assignees] as const;
export const staffAbove = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF"] as const satisfies readonly Role[];
/** Internal records (supervisions, extensions, return reasons): everyone but residents. */
export const internalReaders = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "DEPARTMENT_STAFF"] as const satisfies readonly Role[];
