import type { GraphQLField, GraphQLObjectType } from "graphql";
import { Extensions, type MiddlewareFn } from "type-graphql";
import { forbidden, passwordChangeRequired, unauthenticated } from "../errors";
import type { Role } from "../request/actor";
import type { Context } from "../request/context";

/**
 * Authorization rules live on the GraphQL fields themselves, as field
 * extensions, so the schema can be checked for operations without one
 * (tests/api/authorization-rules.test.ts) and the guard below fails closed.
 */
export type AccessRule = "PUBLIC" | "LOGGED_IN" | readonly Role[];

/** Only these roles may call the field; scope within the role is the service's job. */
export const Allow = (...roles: Role[]) => Extensions({ allow: roles });
/** Any logged-in user; the service narrows what they see. */
export const LoggedIn = () => Extensions({ allow: "LOGGED_IN" });
/** No login needed (login itself, health). */
export const Public = () => Extensions({ allow: "PUBLIC" });

export function accessRuleOf(field: GraphQLField<unknown, unknown> | undefined): AccessRule | undefined {
  return field?.extensions?.allow as AccessRule | undefined;
}

const rootTypes = new Set(["Query", "Mutation", "Subscription"]);
/** What a user whose password was reset may still call: who am I, and the change itself. */
const beforePasswordChange = new Set(["me", "changePassword"]);

/**
 * Runs before every resolver. Root fields need a rule; an object field may add
 * one (e.g. a field only some roles see).
 */
export const guard: MiddlewareFn<Context> = async ({ context, info }, next) => {
  const parent = info.parentType as GraphQLObjectType;
  const rule = accessRuleOf(parent.getFields()[info.fieldName]);
  if (rule === undefined) {
    if (rootTypes.has(parent.name)) {
      context.logger.error({ field: `${parent.name}.${info.fieldName}` }, "operation without an authorization rule refused");
      throw forbidden();
    }
    return next();
  }
  if (rule === "PUBLIC") return next();
  const actor = context.actor;
  if (!actor) {
    throw context.authFailure === "expired"
      ? unauthenticated("Your session has expired; please log in again", "TOKEN_EXPIRED")
      : context.authFailure
        ? unauthenticated("Your session is not valid; please log in again", "INVALID_TOKEN")
        : unauthenticated();
  }
  if (actor.mustChangePassword && rootTypes.has(parent.name) && !beforePasswordChange.has(info.fieldName)) {
    throw passwordChangeRequired();
  }
  if (rule !== "LOGGED_IN" && !rule.includes(actor.role)) throw forbidden();
  return next();
};
