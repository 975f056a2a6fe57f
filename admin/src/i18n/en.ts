import englishMessages from "ra-language-english";
import type { DepartmentKind, HouseholdCategory, HouseholdStatus, Role } from "../common/enums";
import type { ErrorCode } from "../providers/graphqlClient";

// The English messages define the shape; zh-CN.ts must have every key.
export const en = {
  ra: englishMessages.ra,
  app: {
    title: "Village Points & Civic Service",
    dashboard: {
      welcome: "Welcome, %{name}",
      signedInAs: "Signed in as %{role}",
      intro: {
        DISTRICT_ADMIN: "You manage users, townships, villages, departments and households for the whole district.",
        DISTRICT_STAFF: "You can look up households, villages, townships and departments across the district.",
        TOWNSHIP_STAFF: "You can look up households, villages and departments of your township.",
        VILLAGE_COMMITTEE: "You keep your village's household register.",
        DEPARTMENT_STAFF: "Civic matters assigned to your department will appear here.",
        RESIDENT: "Your household's points and civic matters will appear here.",
      } satisfies Record<Role, string>,
    },
  },
  enums: {
    Role: {
      DISTRICT_ADMIN: "District administrator",
      DISTRICT_STAFF: "District staff",
      TOWNSHIP_STAFF: "Township staff",
      VILLAGE_COMMITTEE: "Village committee",
      DEPARTMENT_STAFF: "Department staff",
      RESIDENT: "Resident",
    } satisfies Record<Role, string>,
    HouseholdCategory: {
      GENERAL: "General",
      LIFTED: "Lifted out of poverty",
      MONITORED: "Monitored",
    } satisfies Record<HouseholdCategory, string>,
    HouseholdStatus: {
      ACTIVE: "Active",
      MOVED: "Moved away",
      ARCHIVED: "Archived",
    } satisfies Record<HouseholdStatus, string>,
    DepartmentKind: {
      DISTRICT: "District department",
      TOWNSHIP: "Township unit",
      SUPERVISION_OFFICE: "Supervision office",
    } satisfies Record<DepartmentKind, string>,
  },
  resources: {
    households: {
      name: "Household |||| Households",
      fields: {
        id: "ID",
        q: "Search",
        townshipId: "Township",
        villageId: "Village",
        number: "Household number",
        headName: "Head of household",
        memberCount: "Members",
        phone: "Phone",
        address: "Address",
        category: "Category",
        status: "Status",
        balance: "Points balance",
        createdAt: "Created",
        updatedAt: "Updated",
      },
      action: {
        archive: "Archive",
      },
      message: {
        archive_title: "Archive household %{recordRepresentation}",
        archive_content: "The household stays on record with its points history, marked archived.",
      },
      notifications: {
        archived: "Household archived",
      },
    },
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
        householdCount: "Households",
        households: "Households",
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
        lastLoginAt: "Last sign-in",
        createdAt: "Created",
      },
      helper: {
        password_edit: "Leave empty to keep the current password",
      },
    },
  },
  errors: {
    UNAUTHENTICATED: "Your session has ended, please sign in again.",
    FORBIDDEN: "You are not allowed to do this.",
    NOT_FOUND: "The record was not found.",
    BAD_USER_INPUT: "Some fields are not valid, please check them.",
    CONFLICT: "This conflicts with the current state of the record; reload and try again.",
    INSUFFICIENT_POINTS: "Not enough points.",
    OUT_OF_STOCK: "Out of stock.",
    NETWORK: "The server cannot be reached.",
    UNKNOWN: "Something went wrong on the server.",
    // Field messages, from the server's BAD_USER_INPUT `fields` and from form validation.
    fields: {
      REQUIRED: "Required",
      INVALID: "Not a valid value",
      TOO_SHORT: "Too short",
      TOO_LONG: "Too long",
      OUT_OF_RANGE: "Out of the allowed range",
      DUPLICATE: "Already in use",
      NOT_FOUND: "Does not exist",
      INVALID_PHONE: "Not a valid phone number",
      SCOPE_REQUIRED: "Required for this role",
    },
  } satisfies Record<ErrorCode, string> & { fields: Record<string, string> },
} as const;

/** The shape every language must fill: the same keys, any strings. */
type Translations<T> = {
  -readonly [K in keyof T]-?: T[K] extends string ? string : Translations<T[K]>;
};
export type Messages = Translations<typeof en>;
