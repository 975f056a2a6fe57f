// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
export { loadConfig, ConfigError, type Config } from "./config";
export { startServer, type RunningServer } from "./server";
export { connect, migrationsFolder, type Connection } from "./db/connection";
export { buildCunwuSchema } from "./graphql/build-schema";
export { printSchema, schemaFile } from "./graphql/print-schema";
export { seedDemo, isDatabaseEmpty } from "./seed/seed-demo";
export { createLogger } from "./logger";
