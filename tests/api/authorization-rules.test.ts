import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { GraphQLField, GraphQLSchema } from "graphql";
import { buildCunwuSchema } from "@cunwu/server";
import { guard } from "@cunwu/server/auth/rules";
import { roles, type Actor } from "@cunwu/server/request/actor";
import { AppError } from "@cunwu/server/errors";
import type { Context } from "@cunwu/server/request/context";
// type-graphql is the server's dependency, not this package's: its types come
// from there, and so does the module itself (below), the very copy the server uses.
import type * as TypeGraphQL from "../../server/node_modules/type-graphql";

// Every operation carries an authorization rule, and one without a rule is
// refused (fails closed) rather than open to everyone.

const serverDir = fileURLToPath(new URL("../../server/", import.meta.url));
const typeGraphQLEntry = path.join(fs.realpathSync(path.join(serverDir, "node_modules/type-graphql")), "build/esm/index.js");
const { Arg, Ctx, Query, Resolver, buildSchema } = (await import(pathToFileURL(typeGraphQLEntry).href)) as typeof TypeGraphQL;
// Executing needs the graphql copy type-graphql builds with (CommonJS); inside
// vitest a plain `import "graphql"` is its ESM copy, another realm.
const { graphql } = createRequire(path.join(serverDir, "package.json"))("graphql") as typeof import("graphql");

const validRoles = new Set<string>(roles);

/** Why a field's rule is not valid, or undefined when it is. */
function ruleProblem(field: GraphQLField<unknown, unknown>): string | undefined {
  const rule: unknown = field.extensions?.allow;
  if (rule === undefined) return "no rule";
  if (rule === "PUBLIC" || rule === "LOGGED_IN") return undefined;
  if (!Array.isArray(rule)) return `unknown rule ${JSON.stringify(rule)}`;
  if (rule.length === 0) return "an empty role list (nobody may call it)";
  const unknown = rule.filter((role) => typeof role !== "string" || !validRoles.has(role));
  return unknown.length ? `unknown roles ${JSON.stringify(unknown)}` : undefined;
}

function rootFields(schema: GraphQLSchema) {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })) : [],
  );
}

describe("the cunwu schema", () => {
  it("has an authorization rule on every Query and Mutation field", async () => {
    const fields = rootFields(await buildCunwuSchema());
    expect(fields.filter((f) => f.name.startsWith("Query.")).length).toBeGreaterThan(5);
    expect(fields.filter((f) => f.name.startsWith("Mutation.")).length).toBeGreaterThan(5);
    const offenders = fields.flatMap(({ name, field }) => {
      const problem = ruleProblem(field);
      return problem ? [`${name}: ${problem}`] : [];
    });
    expect(
      offenders,
      `Give these operations @Allow(...roles), @LoggedIn() or @Public() (server/src/auth/rules.ts):\n${offenders.join("\n")}`,
    ).toEqual([]);
  });

  it("keeps login public and user management to the district admin", async () => {
    const fields = new Map(rootFields(await buildCunwuSchema()).map((f) => [f.name, f.field.extensions?.allow]));
    expect(fields.get("Mutation.login")).toBe("PUBLIC");
    expect(fields.get("Mutation.createUser")).toEqual(["DISTRICT_ADMIN"]);
    const publicOnes = [...fields].filter(([, rule]) => rule === "PUBLIC").map(([name]) => name).sort();
    expect(publicOnes, "operations anyone may call without logging in").toEqual(["Mutation.activateResident", "Mutation.login", "Mutation.loginWithCode", "Mutation.requestLoginCode"]);
  });
});

describe("the guard", () => {
  let calls = 0;

  @Resolver()
  class UnruledResolver {
    @Query(() => String, { nullable: true, description: "Forgot its rule" })
    unruled(): string {
      calls++;
      return "should never be seen";
    }

    @Query(() => String, { nullable: true })
    echo(@Arg("text", () => String) text: string, @Ctx() _ctx: Context): string {
      calls++;
      return text;
    }
  }

  const adminActor: Actor = {
    userId: 1,
    username: "admin",
    role: "DISTRICT_ADMIN",
    townshipId: null,
    villageId: null,
    departmentId: null,
    householdId: null,
    mustChangePassword: false,
  };
  const logged: unknown[] = [];
  const silentLogger = {
    level: "silent",
    fatal: () => {},
    error: (...args: unknown[]) => void logged.push(args),
    warn: () => {},
    info: () => {},
    debug: () => {},
    trace: () => {},
    child() {
      return silentLogger;
    },
  };

  const run = async (source: string) => {
    const schema = await buildSchema({ resolvers: [UnruledResolver], globalMiddlewares: [guard], validate: false });
    const contextValue = { actor: adminActor, logger: silentLogger } as unknown as Context;
    return graphql({ schema, source, contextValue });
  };

  it("refuses a root field without a rule with FORBIDDEN, even to the district admin, before its resolver runs", async () => {
    const result = await run("{ unruled }");
    expect(result.data).toEqual({ unruled: null });
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0]!.originalError;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
    expect(calls).toBe(0);
    expect(JSON.stringify(logged)).toContain("Query.unruled");
  });

  it("refuses every unruled field of an operation, whatever its arguments", async () => {
    const result = await run(`{ a: echo(text: "x") b: unruled }`);
    expect(result.data).toEqual({ a: null, b: null });
    expect(result.errors?.map((e) => (e.originalError as AppError).code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(calls).toBe(0);
  });
});
