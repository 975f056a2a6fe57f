import { operation, type Id } from "./operation";

// Households as the committees and the district keep them.

export const HOUSEHOLD = `id villageId number headName memberCount phone address category status balance createdAt updatedAt`;

export interface Household {
  id: string;
  villageId: string;
  number: string;
  headName: string;
  memberCount: number;
  phone: string | null;
  address: string | null;
  category: "GENERAL" | "LIFTED" | "MONITORED";
  status: "ACTIVE" | "MOVED" | "ARCHIVED";
  balance: number;
  createdAt: string;
  updatedAt: string;
}
export interface HouseholdPage {
  total: number;
  items: Household[];
}

export interface HouseholdListArgs {
  filter?: Record<string, unknown>;
  sort?: unknown[];
  page?: number;
  perPage?: number;
}
export const households = operation<HouseholdListArgs, "households", HouseholdPage>(
  "households",
  `query ($filter: HouseholdFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ${HOUSEHOLD} } }
  }`,
);
export const household = operation<{ id: Id }, "household", Household>("household", `query ($id: ID!) { household(id: $id) { ${HOUSEHOLD} } }`);

export interface CreateHouseholdInput {
  villageId: Id;
  number: string;
  headName: string;
  memberCount: number;
  phone?: string | null;
  address?: string | null;
  category?: string;
}
export const createHousehold = operation<CreateHouseholdInput, "createHousehold", Household>(
  "createHousehold",
  `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { ${HOUSEHOLD} } }`,
  (input) => ({ input }),
);
export const updateHousehold = operation<{ id: Id; input: Record<string, unknown> }, "updateHousehold", Household>(
  "updateHousehold",
  `mutation ($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { ${HOUSEHOLD} } }`,
);
export const archiveHousehold = operation<{ id: Id }, "archiveHousehold", Household>(
  "archiveHousehold",
  `mutation ($id: ID!) { archiveHousehold(id: $id) { ${HOUSEHOLD} } }`,
);

/** A household's balance as `token` reads it through the API. */
export const householdBalance = operation<{ id: Id }, "household", { balance: number }>(
  "household",
  `query ($id: ID!) { household(id: $id) { balance } }`,
);
