import { getMetadataStorage } from "type-graphql";
import { createRequire } from "node:module";
import type { GraphQLSchema } from "graphql";
import { accessRuleOf } from "../auth/rules";

// type-graphql gives every field a resolver that runs the global middlewares
// (the guard, the time budget) before reading the property. For a plain
// property with no rule of its own they decide nothing, yet on a page of 100
// rows they ran thousands of times per request. Those fields get no resolver:
// the compiled operation (compiled-execution.ts) reads the property inline.
// Root fields, field resolvers (a resolver class's or a method of the type's
// class, inherited too) and any field carrying an access rule keep the
// middlewares.

// The schema is type-graphql's, built with graphql's CommonJS copy: its
// instanceof checks must come from that copy too.
const { isObjectType } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

const rootTypes = new Set(["Query", "Mutation", "Subscription"]);

/** `Type.field` of every field whose value is computed by code: a field resolver, or a method of its class or of a class it extends. */
function computedFields(): Set<string> {
  const storage = getMetadataStorage();
  const computed = new Set<string>();
  for (const resolver of storage.fieldResolvers) {
    const owner = resolver.getObjectType?.() ?? resolver.target;
    for (const type of storage.objectTypes) {
      if (type.target === owner || type.target.prototype instanceof owner) computed.add(`${type.name}.${resolver.schemaName}`);
    }
  }
  return computed;
}

/** Drops the middleware wrapper from plain property fields without a rule; returns how many. */
export function readPlainFieldsDirectly(schema: GraphQLSchema): number {
  const computed = computedFields();
  let plain = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || rootTypes.has(type.name) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (accessRuleOf(field) !== undefined || computed.has(`${type.name}.${field.name}`)) continue;
      field.resolve = undefined;
      plain += 1;
    }
  }
  return plain;
}
