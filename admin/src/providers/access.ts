import type { Role } from "../common/enums";
import type { ResourceName } from "./resourceQueries";

// What each role is offered in the console: menu entries, routes and buttons
// follow this table through authProvider.canAccess. It only shapes the UI;
// the server enforces scope on every request regardless.

const READ = ["list", "show", "export"] as const;
const WRITE = [...READ, "create", "edit"] as const;
/** households only: "delete" is archiving */
const ARCHIVE = [...WRITE, "delete"] as const;

type Grants = Partial<Record<ResourceName, readonly string[]>>;

const geographyRead: Grants = {
  households: READ,
  villages: READ,
  townships: READ,
  departments: READ,
};

export const accessByRole: Record<Role, Grants> = {
  DISTRICT_ADMIN: {
    households: ARCHIVE,
    villages: WRITE,
    townships: WRITE,
    departments: WRITE,
    users: WRITE,
  },
  DISTRICT_STAFF: geographyRead,
  TOWNSHIP_STAFF: geographyRead,
  VILLAGE_COMMITTEE: { households: ARCHIVE },
  DEPARTMENT_STAFF: {},
  RESIDENT: {},
};

export const canRoleAccess = (role: Role | undefined, resource: string, action: string): boolean => {
  if (!role) return false;
  const grants: Record<string, readonly string[] | undefined> = accessByRole[role];
  return grants[resource]?.includes(action) ?? false;
};
