import type { Role } from "../common/enums";
import type { User } from "../types";
import type { ResourceName } from "../providers/resourceQueries";
import { requireFields, type FormErrors, type Values } from "../common/validation";

// A user has the one scope id its role needs, and no other.

export const SCOPE_FIELDS = ["townshipId", "villageId", "departmentId", "householdId"] as const;
export type ScopeField = (typeof SCOPE_FIELDS)[number];

export const scopeFieldOf: Record<Role, ScopeField | null> = {
  DISTRICT_ADMIN: null,
  DISTRICT_STAFF: null,
  TOWNSHIP_STAFF: "townshipId",
  VILLAGE_COMMITTEE: "villageId",
  DEPARTMENT_STAFF: "departmentId",
  RESIDENT: "householdId",
};

export const scopeReference: Record<ScopeField, ResourceName> = {
  townshipId: "townships",
  villageId: "villages",
  departmentId: "departments",
  householdId: "households",
};

const scopeOf = (values: Values): ScopeField | null =>
  scopeFieldOf[values.role as Role] ?? null;

/** Form transform: clears the scope ids the chosen role does not use. */
export const withRoleScope = <T extends Values>(data: T): T => {
  const scope = scopeOf(data);
  const cleared = Object.fromEntries(
    SCOPE_FIELDS.filter((field) => field !== scope).map((field) => [field, null]),
  );
  return { ...data, ...cleared };
};

export const validateUser =
  (variant: "create" | "edit") =>
  (values: Values): FormErrors => {
    const required = variant === "create" ? ["username", "password"] : [];
    const errors = requireFields(values, [...required, "displayName", "role"]);
    const scope = scopeOf(values);
    if (scope && (values[scope] == null || values[scope] === "")) {
      errors[scope] = "errors.fields.SCOPE_REQUIRED";
    }
    return errors;
  };

/** The place a user belongs to, in words: a township, village or department name, or a household's number and head. */
export const scopeText = (user: Pick<User, "township" | "village" | "department" | "household">): string | null =>
  user.township?.name ??
  user.village?.name ??
  user.department?.name ??
  (user.household ? `${user.household.number} ${user.household.headName}` : null);
