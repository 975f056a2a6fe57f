import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { users } from "@cunwu/schema";
import type { Actor, Role } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit } from "../audit/audit";
import { checkPassword, hashPassword } from "../auth/password";
import { badInput } from "../errors";
import { idsCondition, selectById, selectPage } from "../common/list";
import { forgetActor } from "../auth/actor-cache";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import { checkScope, type UserScope } from "./user-area";
import type { CreateUserInput, UpdateUserInput, UserFilter } from "./user-types";

const sortable = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};
const duplicateFields = { users_username_uq: "username" };

export async function listUsers(
  db: Db,
  filter: UserFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [];
  conditions.push(idsCondition(users.id, filter?.ids, "User"));
  if (filter?.role) conditions.push(eq(users.role, filter.role));
  if (filter?.townshipId) conditions.push(eq(users.townshipId, parseId(filter.townshipId, "Township", "townshipId")));
  if (filter?.villageId) conditions.push(eq(users.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.departmentId) conditions.push(eq(users.departmentId, parseId(filter.departmentId, "Department", "departmentId")));
  if (filter?.active !== undefined && filter.active !== null) conditions.push(eq(users.active, filter.active));
  const q = filter?.q?.trim();
  if (q) conditions.push(or(ilike(users.username, likePattern(q)), ilike(users.displayName, likePattern(q))));
  return selectPage(db, users, and(...conditions), orderBy(sort, sortable), paging);
}

export async function getUser(db: DbOrTx, rawId: string | number) {
  return selectById(db, users, "User", rawId);
}

const optionalId = (value: string | null | undefined, entity: string, field: string) =>
  value === undefined ? undefined : value === null ? null : parseId(value, entity, field);

export async function createUser(db: Db, actor: Actor, input: CreateUserInput) {
  const checks = new Checks();
  const username = checks.requiredText("username", input.username, { min: 3, max: 32 });
  if (username && !/^[a-z0-9_.-]+$/.test(username)) checks.fail("username", "INVALID");
  const password = checkPassword(checks, "password", input.password);
  const displayName = checks.text("displayName", input.displayName, { max: 50 }) ?? username;
  checks.throwIfAny();
  const scope: UserScope = {
    townshipId: optionalId(input.townshipId, "Township", "townshipId") ?? null,
    villageId: optionalId(input.villageId, "Village", "villageId") ?? null,
    departmentId: optionalId(input.departmentId, "Department", "departmentId") ?? null,
    householdId: optionalId(input.householdId, "Household", "householdId") ?? null,
  };
  const passwordHash = await hashPassword(password!);
  try {
    return await db.transaction(async (tx) => {
      await checkScope(tx, input.role, scope);
      const [row] = await tx
        .insert(users)
        .values({ username: username!, displayName: displayName!, passwordHash, role: input.role, ...scope })
        .returning();
      await audit(tx, actor, "create", "user", row!.id, { username, role: input.role, ...scope });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

export async function updateUser(db: Db, actor: Actor, rawId: string, input: UpdateUserInput) {
  const id = parseId(rawId, "User");
  const checks = new Checks();
  const displayName = checks.requiredText("displayName", input.displayName, { max: 50 });
  const password = checkPassword(checks, "password", input.password);
  const role = checks.notNull("role", input.role);
  const active = checks.notNull("active", input.active);
  checks.throwIfAny();
  // The admin must not lock themselves out.
  if (id === actor.userId && active === false) throw badInput({ active: "INVALID" }, "You cannot deactivate yourself");
  if (id === actor.userId && role && role !== "DISTRICT_ADMIN") {
    throw badInput({ role: "INVALID" }, "You cannot take away your own admin role");
  }
  const passwordHash = password ? await hashPassword(password) : undefined;
  const updated = await db.transaction(async (tx) => {
    const current = await getUser(tx, id);
    const newRole: Role = role ?? current.role;
    const roleChanged = newRole !== current.role;
    // A new role starts from an empty scope; otherwise ids left out keep their value.
    const pick = (field: keyof UserScope, entity: string) => {
      const given = optionalId(input[field], entity, field);
      return given !== undefined ? given : roleChanged ? null : current[field];
    };
    const scope: UserScope = {
      townshipId: pick("townshipId", "Township"),
      villageId: pick("villageId", "Village"),
      departmentId: pick("departmentId", "Department"),
      householdId: pick("householdId", "Household"),
    };
    await checkScope(tx, newRole, scope);
    const endsSessions = passwordHash !== undefined || roleChanged || (active === false && current.active);
    const [row] = await tx
      .update(users)
      .set({
        displayName,
        role: newRole,
        ...scope,
        active,
        passwordHash,
        // A password the admin typed for someone else is known to two people: theirs to change first.
        mustChangePassword: passwordHash !== undefined ? id !== actor.userId : undefined,
        tokenVersion: endsSessions ? sql`${users.tokenVersion} + 1` : undefined,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    await audit(tx, actor, "update", "user", id, {
      displayName,
      role: newRole,
      ...scope,
      active,
      passwordReset: passwordHash !== undefined,
    });
    return row!;
  });
  forgetActor(db, id);
  return updated;
}
