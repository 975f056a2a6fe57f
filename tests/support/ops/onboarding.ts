import { operation, type Id } from "./operation";

// Opening residents' accounts (activation slips) and logging in by text-message code.

export interface ResidentActivation {
  householdId: string;
  householdNumber: string;
  headName: string;
  villageName: string;
  code: string;
  expiresAt: string;
}
export interface ResidentAccount {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}
export interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; username: string; role: string; householdId: string | null };
}
const SESSION = "token expiresAt user { id username role householdId }";
const ACCOUNT = "id username displayName phone active lastLoginAt createdAt";

export const issueResidentActivations = operation<{ villageId: Id; householdIds?: Id[] }, "issueResidentActivations", ResidentActivation[]>(
  "issueResidentActivations",
  `mutation ($input: IssueResidentActivationsInput!) { issueResidentActivations(input: $input) { householdId householdNumber headName villageName code expiresAt } }`,
  (input) => ({ input }),
);
export const activateResident = operation<{ code: string; password: string; phone?: string | null }, "activateResident", Session>(
  "activateResident",
  `mutation ($input: ActivateResidentInput!) { activateResident(input: $input) { ${SESSION} } }`,
  (input) => ({ input }),
);
export const requestLoginCode = operation<{ phone: string }, "requestLoginCode", boolean>(
  "requestLoginCode",
  `mutation ($phone: String!) { requestLoginCode(phone: $phone) }`,
);
export const loginWithCode = operation<{ phone: string; code: string }, "loginWithCode", Session>(
  "loginWithCode",
  `mutation ($phone: String!, $code: String!) { loginWithCode(phone: $phone, code: $code) { ${SESSION} } }`,
);
export const setResidentAccountActive = operation<{ id: Id; active: boolean }, "setResidentAccountActive", ResidentAccount>(
  "setResidentAccountActive",
  `mutation ($id: ID!, $active: Boolean!) { setResidentAccountActive(id: $id, active: $active) { ${ACCOUNT} } }`,
);
export const householdAccounts = operation<{ id: Id }, "household", { id: string; balance: number; activationExpiresAt: string | null; residentAccounts: ResidentAccount[] }>(
  "household",
  `query ($id: ID!) { household(id: $id) { id balance activationExpiresAt residentAccounts { ${ACCOUNT} } } }`,
);
