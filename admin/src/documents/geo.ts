import { graphql } from "../gql";

// Townships, villages and departments: the places every other record names.

graphql(`
  fragment TownshipFields on Township {
    id code name villageCount createdAt updatedAt
  }
`);

graphql(`
  fragment VillageFields on Village {
    id code name townshipId hasShop publicityDays rankingSize notifyPoints householdCount
  }
`);

graphql(`
  fragment DepartmentFields on Department {
    id code name kind townshipId active
  }
`);

export const townshipDocuments = {
  list: graphql(`
    query TownshipList($filter: TownshipFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: townships(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...TownshipFields } total totalCapped }
    }
  `),
  one: graphql(`
    query TownshipOne($id: ID!) { record: township(id: $id) { ...TownshipFields } }
  `),
  create: graphql(`
    mutation CreateTownship($input: CreateTownshipInput!) { record: createTownship(input: $input) { ...TownshipFields } }
  `),
  update: graphql(`
    mutation UpdateTownship($id: ID!, $input: UpdateTownshipInput!) {
      record: updateTownship(id: $id, input: $input) { ...TownshipFields }
    }
  `),
};

export const villageDocuments = {
  list: graphql(`
    query VillageList($filter: VillageFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: villages(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...VillageFields } total totalCapped }
    }
  `),
  one: graphql(`
    query VillageOne($id: ID!) { record: village(id: $id) { ...VillageFields } }
  `),
  create: graphql(`
    mutation CreateVillage($input: CreateVillageInput!) { record: createVillage(input: $input) { ...VillageFields } }
  `),
  update: graphql(`
    mutation UpdateVillage($id: ID!, $input: UpdateVillageInput!) {
      record: updateVillage(id: $id, input: $input) { ...VillageFields }
    }
  `),
};

export const departmentDocuments = {
  list: graphql(`
    query DepartmentList($filter: DepartmentFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: departments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...DepartmentFields } total totalCapped }
    }
  `),
  one: graphql(`
    query DepartmentOne($id: ID!) { record: department(id: $id) { ...DepartmentFields } }
  `),
  create: graphql(`
    mutation CreateDepartment($input: CreateDepartmentInput!) { record: createDepartment(input: $input) { ...DepartmentFields } }
  `),
  update: graphql(`
    mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {
      record: updateDepartment(id: $id, input: $input) { ...DepartmentFields }
    }
  `),
};
