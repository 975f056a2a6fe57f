import { defineConfig } from "drizzle-kit";

// Migrations are generated from schema/src and applied at start-up on
// PGlite or PostgreSQL alike. drizzle-kit only writes files here; it never
// needs a live database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./schema/src/index.ts",
  out: "./migrations",
  strict: true,
  verbose: true,
});
