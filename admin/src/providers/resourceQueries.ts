import type { Role } from "../common/enums";

// How each react-admin resource maps onto the server's GraphQL API.
// `type` names the rest: `<Type>Filter`, `create<Type>(input: Create<Type>Input!)`,
// `update<Type>(id, input: Update<Type>Input!)`. What a resource lacks
// (no single-record query, no create or update) the data provider refuses.

export interface ResourceQuery {
  /** list query, e.g. `households(filter, sort, page, perPage): HouseholdPage!` */
  list: string;
  /** single-record query, e.g. `household(id: ID!): Household!` */
  one?: string;
  type: string;
  /** the GraphQL selection of one record */
  fields: string;
  /** more of the selection for roles other than these (fields they may not read) */
  restricted?: { fields: string; hiddenFrom: readonly Role[] };
  /** keys of `<Type>Filter`; other filter keys are dropped */
  filters: readonly string[];
  /** keys of `Create<Type>Input` */
  createFields?: readonly string[];
  /** a create mutation not named `create<Type>(input: Create<Type>Input!)`, e.g. submitCivicMatter */
  createMutation?: { name: string; input: string };
  /** keys of `Update<Type>Input` */
  updateFields?: readonly string[];
  /** mutation `(id: ID!): <Type>!` that stands for delete, if any */
  deleteMutation?: string;
}

export const resourceQueries = {
  townships: {
    list: "townships",
    one: "township",
    type: "Township",
    fields: "id code name villageCount createdAt updatedAt",
    filters: ["ids", "q"],
    createFields: ["code", "name"],
    updateFields: ["code", "name"],
  },
  villages: {
    list: "villages",
    one: "village",
    type: "Village",
    fields: "id code name townshipId hasShop publicityDays householdCount",
    filters: ["ids", "townshipId", "q", "hasShop"],
    createFields: ["townshipId", "code", "name", "hasShop", "publicityDays"],
    updateFields: ["code", "name", "hasShop", "publicityDays"],
  },
  departments: {
    list: "departments",
    one: "department",
    type: "Department",
    fields: "id code name kind townshipId active",
    filters: ["ids", "kind", "townshipId", "q", "active"],
    createFields: ["code", "name", "kind", "townshipId"],
    updateFields: ["code", "name", "kind", "townshipId", "active"],
  },
  households: {
    list: "households",
    one: "household",
    type: "Household",
    fields:
      "id villageId number headName memberCount phone address category status balance createdAt updatedAt",
    filters: ["ids", "townshipId", "villageId", "category", "status", "q"],
    createFields: ["villageId", "number", "headName", "memberCount", "phone", "address", "category"],
    updateFields: ["number", "headName", "memberCount", "phone", "address", "category", "status"],
    deleteMutation: "archiveHousehold",
  },
  users: {
    list: "users",
    one: "user",
    type: "User",
    fields:
      "id username displayName role townshipId villageId departmentId householdId active lastLoginAt createdAt",
    filters: ["ids", "role", "townshipId", "villageId", "departmentId", "q", "active"],
    createFields: [
      "username",
      "password",
      "displayName",
      "role",
      "townshipId",
      "villageId",
      "departmentId",
      "householdId",
    ],
    updateFields: [
      "displayName",
      "role",
      "townshipId",
      "villageId",
      "departmentId",
      "householdId",
      "active",
      "password",
    ],
  },
  pointRules: {
    list: "pointRules",
    one: "pointRule",
    type: "PointRule",
    fields: "id category name description points villageId active createdAt updatedAt",
    filters: ["ids", "villageId", "districtOnly", "category", "positive", "active", "q"],
    createFields: ["category", "name", "description", "points", "villageId"],
    updateFields: ["category", "name", "description", "points", "active"],
  },
  pointEntries: {
    list: "pointEntries",
    type: "PointEntry",
    fields:
      "id householdId villageId kind delta balanceAfter reason deedDate recordedAt recordedBy ruleId batchId activityId redemptionId reversesEntryId",
    filters: ["villageId", "townshipId", "householdId", "kind", "ruleId", "from", "to"],
  },
  awardBatches: {
    list: "awardBatches",
    one: "awardBatch",
    type: "AwardBatch",
    fields:
      "id villageId ruleId points reason note deedDate status publicityEndsOn postedAt withdrawnAt withdrawReason createdAt " +
      "lines { id householdId householdNumber headName state removedReason objectionCount }",
    // Residents see how many objected, not what they wrote.
    restricted: { fields: "objections { id lineId reason createdAt }", hiddenFrom: ["RESIDENT"] },
    filters: ["villageId", "status"],
  },
  products: {
    list: "products",
    one: "product",
    type: "Product",
    fields: "id villageId name unit price stock active createdAt updatedAt",
    filters: ["ids", "villageId", "active", "q"],
    createFields: ["villageId", "name", "unit", "price", "stock"],
    updateFields: ["name", "unit", "price", "active"],
  },
  exchangeEvents: {
    list: "exchangeEvents",
    one: "exchangeEvent",
    type: "ExchangeEvent",
    fields: "id villageId date title status createdAt",
    filters: ["villageId", "townshipId", "status", "from", "to"],
    createFields: ["villageId", "date", "title"],
  },
  redemptions: {
    list: "redemptions",
    one: "redemption",
    type: "Redemption",
    fields:
      "id householdId villageId eventId total status createdAt cancelledAt cancelReason recordedBy " +
      "household { number headName } lines { productId productName quantity unitPrice amount }",
    filters: ["villageId", "householdId", "eventId", "status", "from", "to"],
  },
  volunteerTeams: {
    list: "volunteerTeams",
    one: "volunteerTeam",
    type: "VolunteerTeam",
    fields: "id name kind leaderName memberCount townshipId villageId active createdAt updatedAt",
    filters: ["ids", "townshipId", "villageId", "usableBy", "kind", "active", "q"],
    createFields: ["name", "kind", "leaderName", "memberCount", "townshipId", "villageId"],
    updateFields: ["name", "kind", "leaderName", "memberCount", "active"],
  },
  serviceBrands: {
    list: "serviceBrands",
    one: "serviceBrand",
    type: "ServiceBrand",
    fields: "id name description townshipId villageId active createdAt updatedAt",
    filters: ["ids", "townshipId", "villageId", "usableBy", "active", "q"],
    createFields: ["name", "description", "townshipId", "villageId"],
    updateFields: ["name", "description", "active"],
  },
  activities: {
    list: "activities",
    one: "activity",
    type: "Activity",
    fields:
      "id title date place description category status villageId teamId brandId pointsPerParticipant ruleId points " +
      "participantCount people confirmedAt cancelReason cancelledAt createdAt updatedAt",
    filters: ["ids", "townshipId", "villageId", "teamId", "brandId", "category", "status", "from", "to", "q"],
    createFields: ["villageId", "title", "date", "place", "description", "category", "teamId", "brandId", "pointsPerParticipant", "ruleId"],
    updateFields: ["title", "date", "place", "description", "category", "teamId", "brandId", "pointsPerParticipant", "ruleId"],
  },
  civicCategories: {
    list: "civicCategories",
    one: "civicCategory",
    type: "CivicCategory",
    fields: "id code name defaultChannel deadlineDays active createdAt updatedAt",
    filters: ["ids", "active", "q"],
    createFields: ["code", "name", "defaultChannel", "deadlineDays", "active"],
    updateFields: ["code", "name", "defaultChannel", "deadlineDays", "active"],
  },
  civicMatters: {
    list: "civicMatters",
    one: "civicMatter",
    type: "CivicMatter",
    fields:
      "id code title content categoryId villageId townshipId address submitterHouseholdId submitterName submitterPhone " +
      "anonymous source urgency channel status dueDate overdue overdueWorkingDays reworkCount " +
      "resolution closeReason duplicateOfId receivedAt resolvedAt closedAt version " +
      "category { id name deadlineDays defaultChannel } village { id name } township { id name } " +
      "assignments { id role state departmentId department { id name } villageId village { id name } officialUserId personName dueDate resultNote createdAt } " +
      "timeline { id type fromStatus toStatus actorName at note public data } " +
      "followUps { id method reached resolved satisfaction comment createdAt }",
    // Internal records: the server answers FORBIDDEN if a resident selects them.
    restricted: {
      fields:
        "supervisionLevel assignments { returnReason } supervisions { id level reason responseDue createdAt } " +
        "extensions { id assignmentId reason requestedDueDate requestedAt state decidedAt decisionNote }",
      hiddenFrom: ["RESIDENT"],
    },
    filters: [
      "ids",
      "q",
      "status",
      "statuses",
      "channel",
      "categoryId",
      "townshipId",
      "villageId",
      "departmentId",
      "officialUserId",
      "overdue",
      "dueBefore",
      "receivedFrom",
      "receivedTo",
    ],
    createFields: [
      "categoryId",
      "title",
      "content",
      "address",
      "urgency",
      "source",
      "villageId",
      "householdId",
      "submitterName",
      "submitterPhone",
      "anonymous",
    ],
    createMutation: { name: "submitCivicMatter", input: "SubmitCivicMatterInput" },
  },
} as const satisfies Record<string, ResourceQuery>;

export type ResourceName = keyof typeof resourceQueries;

export const isResourceName = (name: string): name is ResourceName => name in resourceQueries;

export const queryOf = (resource: string): ResourceQuery => {
  if (!isResourceName(resource)) throw new Error(`Unknown resource: ${resource}`);
  return resourceQueries[resource];
};

/** The selection for a role: fields it may not read are left out. */
export const selectionOf = (q: ResourceQuery, role: Role | undefined): string =>
  q.restricted && role && !q.restricted.hiddenFrom.includes(role) ? `${q.fields} ${q.restricted.fields}` : q.fields;
