import type { CodegenConfig } from "@graphql-codegen/cli";

// The console's GraphQL documents, typed from the server's printed schema
// (schema/schema.graphql, the source of truth). `pnpm codegen` writes
// src/gql/, which is committed; `pnpm check:graphql` fails when a document is
// invalid against the schema or src/gql/ is stale.
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: false,
  // Sorted (codegen's default): unsorted, the documents come out in the
  // order they happened to load and `--check` fails at random. It sorts the
  // enums' values too, so the console keeps its display orders
  // (common/schemaEnum.ts) although schema.graphql lists the declared order.
  sort: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are sent as strings (providers/graphqlClient.ts), no AST in the bundle.
        documentMode: "string",
        // Enums as objects, so the console lists their values from the schema.
        enumsAsConst: true,
        namingConvention: { enumValues: "keep" },
        // A nullable field in a result is `T | null`, as the server sends it, not optional.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        strictScalars: true,
        scalars: {
          DateTimeISO: "string",
          LocalDate: "string",
          JSONObject: "Record<string, unknown>",
        },
        useTypeImports: true,
      },
    },
  },
};

export default config;
