import { graphql } from "../gql";

// Residents' accounts: activation codes printed on slips, the activation
// itself, the login by a text-message code, and a household's family logins.

graphql(`
  fragment ResidentAccountFields on ResidentAccount {
    id username displayName phone active lastLoginAt createdAt
  }
`);

export const IssueResidentActivationsDocument = graphql(`
  mutation IssueResidentActivations($input: IssueResidentActivationsInput!) {
    result: issueResidentActivations(input: $input) { householdId householdNumber headName villageName code expiresAt }
  }
`);

export const HouseholdAccountsDocument = graphql(`
  query HouseholdAccounts($id: ID!) {
    result: household(id: $id) { id activationExpiresAt residentAccounts { ...ResidentAccountFields } }
  }
`);

/** Which households of a village have a resident login (the passbooks print a QR for those without). */
export const VillageAccountHoldersDocument = graphql(`
  query VillageAccountHolders($villageId: ID!, $page: Int, $perPage: Int) {
    result: households(filter: { villageId: $villageId }, page: $page, perPage: $perPage) {
      items { id residentAccounts { id } } total
    }
  }
`);

export const SetResidentAccountActiveDocument = graphql(`
  mutation SetResidentAccountActive($id: ID!, $active: Boolean!) {
    result: setResidentAccountActive(id: $id, active: $active) { ...ResidentAccountFields }
  }
`);

export const ActivateResidentDocument = graphql(`
  mutation ActivateResident($input: ActivateResidentInput!) {
    result: activateResident(input: $input) { ...SessionFields }
  }
`);

export const RequestLoginCodeDocument = graphql(`
  mutation RequestLoginCode($phone: String!) { result: requestLoginCode(phone: $phone) }
`);

export const LoginWithCodeDocument = graphql(`
  mutation LoginWithCode($phone: String!, $code: String!) {
    result: loginWithCode(phone: $phone, code: $code) { ...SessionFields }
  }
`);
