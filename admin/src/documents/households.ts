import { graphql } from "../gql";

// Households, the file import and the people who sign in (users, login).

graphql(`
  fragment HouseholdFields on Household {
    id villageId number headName memberCount phone address category status smsOptOut balance createdAt updatedAt allowedActions
  }
`);

graphql(`
  fragment UserFields on User {
    id username displayName role townshipId villageId departmentId householdId active mustChangePassword lastLoginAt createdAt
    township { id name } village { id name } department { id name } household { id number headName }
  }
`);

export const householdDocuments = {
  list: graphql(`
    query HouseholdList($filter: HouseholdFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...HouseholdFields } total totalCapped }
    }
  `),
  one: graphql(`
    query HouseholdOne($id: ID!) { record: household(id: $id) { ...HouseholdFields } }
  `),
  create: graphql(`
    mutation CreateHousehold($input: CreateHouseholdInput!) { record: createHousehold(input: $input) { ...HouseholdFields } }
  `),
  update: graphql(`
    mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {
      record: updateHousehold(id: $id, input: $input) { ...HouseholdFields }
    }
  `),
  /** "delete" archives */
  delete: graphql(`
    mutation ArchiveHousehold($id: ID!) { record: archiveHousehold(id: $id) { ...HouseholdFields } }
  `),
};

export const userDocuments = {
  list: graphql(`
    query UserList($filter: UserFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...UserFields } total totalCapped }
    }
  `),
  one: graphql(`
    query UserOne($id: ID!) { record: user(id: $id) { ...UserFields } }
  `),
  create: graphql(`
    mutation CreateUser($input: CreateUserInput!) { record: createUser(input: $input) { ...UserFields } }
  `),
  update: graphql(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { record: updateUser(id: $id, input: $input) { ...UserFields } }
  `),
};

export const ImportHouseholdsDocument = graphql(`
  mutation ImportHouseholds($input: ImportHouseholdsInput!) {
    result: importHouseholds(input: $input) {
      dryRun ok total failed imported rows { row ok householdId errors { field code message duplicateOfRow } }
    }
  }
`);

/** What the console keeps of a login (providers/session.ts): the token and the signed-in user. */
graphql(`
  fragment SessionFields on AuthPayload {
    token
    user { id username displayName role townshipId villageId departmentId householdId mustChangePassword }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { ...SessionFields }
  }
`);
