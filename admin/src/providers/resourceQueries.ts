// How each react-admin resource maps onto the server's GraphQL API.
// `type` names the rest: `<Type>Filter`, `create<Type>(input: Create<Type>Input!)`,
// `update<Type>(id, input: Update<Type>Input!)`.

export interface ResourceQuery {
  /** list query, e.g. `households(filter, sort, page, perPage): HouseholdPage!` */
  list: string;
  /** single-record query, e.g. `household(id: ID!): Household!` */
  one: string;
  type: string;
  /** the GraphQL selection of one record */
  fields: string;
  /** keys of `<Type>Filter`; other filter keys are dropped */
  filters: readonly string[];
  /** keys of `Create<Type>Input` */
  createFields: readonly string[];
  /** keys of `Update<Type>Input` */
  updateFields: readonly string[];
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
} as const satisfies Record<string, ResourceQuery>;

export type ResourceName = keyof typeof resourceQueries;

export const isResourceName = (name: string): name is ResourceName => name in resourceQueries;

export const queryOf = (resource: string): ResourceQuery => {
  if (!isResourceName(resource)) throw new Error(`Unknown resource: ${resource}`);
  return resourceQueries[resource];
};
