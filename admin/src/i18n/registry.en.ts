import type { DepartmentKind, Role } from "../common/enums";
import type { Translations } from "./shape";

// The registry: users and their roles, townships, villages and departments.
// Spread into en.ts; registry.zh-CN.ts has every key.
export const registryEn = {
  enums: {
    Role: {
      DISTRICT_ADMIN: "District administrator",
      DISTRICT_STAFF: "District staff",
      TOWNSHIP_STAFF: "Township staff",
      VILLAGE_COMMITTEE: "Village committee",
      DEPARTMENT_STAFF: "Department staff",
      RESIDENT: "Resident",
    } satisfies Record<Role, string>,
    DepartmentKind: {
      DISTRICT: "District department",
      TOWNSHIP: "Township unit",
      SUPERVISION_OFFICE: "Supervision office",
    } satisfies Record<DepartmentKind, string>,
  },
  resources: {
    villages: {
      name: "Village |||| Villages",
      fields: {
        id: "ID",
        q: "Search",
        code: "Code",
        name: "Name",
        townshipId: "Township",
        hasShop: "Points supermarket",
        publicityDays: "Publicity days",
        rankingSize: "Honour board places",
        notifyPoints: "Points notices",
        householdCount: "Households",
        households: "Households",
      },
      helper: {
        rankingSize: "How many places the red and the black list each name (1–50)",
        notifyPoints: "Tell the household's residents of each award and redemption recorded",
      },
    },
    townships: {
      name: "Township |||| Townships",
      fields: {
        id: "ID",
        q: "Search",
        code: "Code",
        name: "Name",
        villageCount: "Villages",
        villages: "Villages",
        createdAt: "Created",
        updatedAt: "Updated",
      },
    },
    departments: {
      name: "Department |||| Departments",
      fields: {
        id: "ID",
        q: "Search",
        code: "Code",
        name: "Name",
        kind: "Kind",
        townshipId: "Township",
        active: "Active",
      },
    },
    users: {
      name: "User |||| Users",
      fields: {
        id: "ID",
        q: "Search",
        username: "Username",
        password: "Password",
        displayName: "Name",
        role: "Role",
        townshipId: "Township",
        villageId: "Village",
        departmentId: "Department",
        householdId: "Household",
        active: "Active",
        scope: "Belongs to",
        mustChangePassword: "Must change password",
        lastLoginAt: "Last sign-in",
        createdAt: "Created",
      },
      helper: {
        password_edit: "Leave empty to keep the current password; a new one is temporary: the user must change it at the next login",
      },
    },
  },
} as const;

/** The shape every language must fill: the same keys, any strings. */
export type RegistryMessages = Translations<typeof registryEn>;
