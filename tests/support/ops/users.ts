import { operation, type Id } from "./operation";
import type { TestServer } from "../server";

// Users: the district admin's accounts, and the sessions they log in to.

const USER = `id username displayName role active townshipId villageId departmentId householdId
  township { id } village { id } department { id }`;

export type Role = "DISTRICT_ADMIN" | "DISTRICT_STAFF" | "TOWNSHIP_STAFF" | "VILLAGE_COMMITTEE" | "DEPARTMENT_STAFF" | "RESIDENT";

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  townshipId: string | null;
  villageId: string | null;
  departmentId: string | null;
  householdId: string | null;
  township: { id: string } | null;
  village: { id: string } | null;
  department: { id: string } | null;
}

export interface CreateUserInput {
  username: string;
  password: string;
  role: Role;
  displayName?: string;
  townshipId?: Id;
  villageId?: Id;
  departmentId?: Id;
  householdId?: Id;
}
export const createUser = operation<CreateUserInput, "createUser", User>(
  "createUser",
  `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${USER} } }`,
  (input) => ({ input }),
);
export const updateUser = operation<{ id: Id; input: Record<string, unknown> }, "updateUser", User>(
  "updateUser",
  `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER} } }`,
);
export const user = operation<{ id: Id }, "user", User>("user", `query ($id: ID!) { user(id: $id) { ${USER} } }`);
export const me = operation<Record<string, never>, "me", User | null>("me", `{ me { ${USER} } }`);

/** A new user made by the admin (`adminToken`), logged in: returns the user's token. */
export async function newUserToken(t: TestServer, adminToken: string, input: CreateUserInput): Promise<string> {
  await createUser.ok(t, input, adminToken);
  return t.login(input.username, input.password);
}
