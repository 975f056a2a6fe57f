import type { Role } from "../common/enums";
import type { ResourceName } from "./resourceQueries";

// Which screens each role has at all: menu entries and routes follow this
// table through authProvider.canAccess (and react-admin's own edit / delete
// buttons). What may be done to one record is not here: the record's
// allowedActions say (common/allowed.ts). The server enforces regardless.

/** Screens that are not a resource; their one action is "use". */
export const PAGES = ["award", "checkout", "myPoints", "myShop", "myVolunteer", "calendar", "districtFigures", "publicityBoard", "rankingBoard"] as const;
export type PageName = (typeof PAGES)[number];
export type AccessName = ResourceName | PageName;

const READ = ["list", "show", "export"] as const;
const WRITE = [...READ, "create", "edit"] as const;
const USE = ["use"] as const;

type Grants = Partial<Record<AccessName, readonly string[]>>;

/** The civic board (民事直说): every staff role reads it; those who take matters in also create. */
const civicBoard: Grants = { civicMatters: READ, civicCategories: ["list", "show"] };
const civicIntake: Grants = { civicMatters: [...READ, "create"], civicCategories: ["list", "show"] };

/** What district and township staff read: everything in their scope, changing nothing. */
const staffRead: Grants = {
  // "activate": issue residents' activation codes and keep their logins (committee, township, district).
  households: [...READ, "passbook", "activate"],
  villages: READ,
  townships: READ,
  departments: READ,
  pointRules: READ,
  pointEntries: READ,
  awardBatches: READ,
  products: READ,
  exchangeEvents: READ,
  redemptions: READ,
  activities: READ,
  volunteerTeams: READ,
  serviceBrands: READ,
  // The printable pages: a village's boards, and the yearly figures districtReport serves these roles.
  districtFigures: USE,
  publicityBoard: USE,
  rankingBoard: USE,
};

/** What runs a village's points and shop: its committee, and the district admin anywhere. */
const ledgerKeeper: Grants = {
  // "delete" is archiving (react-admin's button asks it; the household's allowedActions decide); "import" reads a file of them.
  households: [...WRITE, "delete", "passbook", "import", "activate"],
  pointRules: WRITE,
  pointEntries: READ,
  awardBatches: READ,
  products: [...WRITE, "restock"],
  exchangeEvents: [...READ, "create"],
  redemptions: READ,
  award: USE,
  checkout: USE,
  activities: WRITE,
  volunteerTeams: WRITE,
  serviceBrands: WRITE,
  publicityBoard: USE,
  rankingBoard: USE,
};

export const accessByRole: Record<Role, Grants> = {
  DISTRICT_ADMIN: {
    ...ledgerKeeper,
    ...civicIntake,
    villages: WRITE,
    townships: WRITE,
    departments: WRITE,
    users: WRITE,
    // The civic service's settings: categories and the working-day calendar.
    civicCategories: WRITE,
    calendar: [...USE, "edit"],
    districtFigures: USE,
  },
  // Workflow steps (assign, resolve, supervise …) are the matter's allowedActions, not this table.
  DISTRICT_STAFF: { ...staffRead, ...civicIntake, civicCategories: READ, calendar: USE },
  // Township staff keep their township's teams and brands; activities are the villages'.
  TOWNSHIP_STAFF: { ...staffRead, ...civicIntake, volunteerTeams: WRITE, serviceBrands: WRITE },
  VILLAGE_COMMITTEE: { ...ledgerKeeper, ...civicIntake },
  DEPARTMENT_STAFF: civicBoard,
  RESIDENT: {
    // 我的事项: its own matters, raised online, rated once resolved.
    civicMatters: ["list", "show", "create"],
    civicCategories: ["list", "show"],
    myPoints: USE,
    myShop: USE,
    myVolunteer: USE,
    activities: ["show"],
    redemptions: ["list", "show"],
    awardBatches: ["list", "show"],
    pointRules: ["list"],
  },
};

export const canRoleAccess = (role: Role | undefined, resource: string, action: string): boolean => {
  if (!role) return false;
  const grants: Record<string, readonly string[] | undefined> = accessByRole[role];
  return grants[resource]?.includes(action) ?? false;
};
