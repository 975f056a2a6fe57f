import type { ResourceQuery } from "./resourceQueries";

// GraphQL documents for one resource, built from its ResourceQuery and the
// selection (`fields`) the signed-in role may read.

export const listDocument = (q: ResourceQuery, fields: string): string => `
  query ${q.type}List($filter: ${q.type}Filter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    page: ${q.list}(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      items { ${fields} }
      total
    }
  }`;

export const oneDocument = (q: ResourceQuery, one: string, fields: string): string => `
  query ${q.type}One($id: ID!) {
    record: ${one}(id: $id) { ${fields} }
  }`;

export const createDocument = (q: ResourceQuery, fields: string): string => {
  const { name, input } = q.createMutation ?? { name: `create${q.type}`, input: `Create${q.type}Input` };
  return `
  mutation Create${q.type}($input: ${input}!) {
    record: ${name}(input: $input) { ${fields} }
  }`;
};

export const updateDocument = (q: ResourceQuery, fields: string): string => `
  mutation Update${q.type}($id: ID!, $input: Update${q.type}Input!) {
    record: update${q.type}(id: $id, input: $input) { ${fields} }
  }`;

export const deleteDocument = (q: ResourceQuery, mutation: string, fields: string): string => `
  mutation Delete${q.type}($id: ID!) {
    record: ${mutation}(id: $id) { ${fields} }
  }`;
