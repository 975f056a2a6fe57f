import type { ResourceQuery } from "./resourceQueries";

// GraphQL documents for one resource, built from its ResourceQuery.

export const listDocument = (q: ResourceQuery): string => `
  query ${q.type}List($filter: ${q.type}Filter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    page: ${q.list}(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      items { ${q.fields} }
      total
    }
  }`;

export const oneDocument = (q: ResourceQuery): string => `
  query ${q.type}One($id: ID!) {
    record: ${q.one}(id: $id) { ${q.fields} }
  }`;

export const createDocument = (q: ResourceQuery): string => `
  mutation Create${q.type}($input: Create${q.type}Input!) {
    record: create${q.type}(input: $input) { ${q.fields} }
  }`;

export const updateDocument = (q: ResourceQuery): string => `
  mutation Update${q.type}($id: ID!, $input: Update${q.type}Input!) {
    record: update${q.type}(id: $id, input: $input) { ${q.fields} }
  }`;

export const deleteDocument = (q: ResourceQuery, mutation: string): string => `
  mutation Delete${q.type}($id: ID!) {
    record: ${mutation}(id: $id) { ${q.fields} }
  }`;
