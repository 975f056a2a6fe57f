import { and, eq, ilike, or, type SQL } from "drizzle-orm";
import { serviceBrands, townships, villages, volunteerTeams } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit } from "../audit/audit";
import { badInput } from "../errors";
import { idsCondition, selectById, selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import { ownedInTownship, ownedScope, usableByVillage, type Owner, type OwnerColumns } from "./volunteer-scope";
import { keepRefusal, ownerOf } from "./team-brand-actions";
import { throwIfRefused } from "../auth/allowed-actions";
import type {
  CreateServiceBrandInput,
  CreateVolunteerTeamInput,
  ServiceBrandFilter,
  UpdateServiceBrandInput,
  UpdateVolunteerTeamInput,
  VolunteerTeamFilter,
} from "./volunteer-types";

// Teams (服务队) and brands (志愿服务品牌): both owned by exactly one township
// or one village, read within ownedScope, kept by whoever mayKeepOwned.

export const maxTeamMembers = 100_000;


/** The owner named by an input: exactly one of a township and a village, which must exist. */
async function resolveOwner(tx: DbOrTx, rawTownshipId: string | null | undefined, rawVillageId: string | null | undefined): Promise<Owner> {
  const townshipId = rawTownshipId ? parseId(rawTownshipId, "Township", "townshipId") : null;
  const villageId = rawVillageId ? parseId(rawVillageId, "Village", "villageId") : null;
  if ((townshipId === null) === (villageId === null)) {
    throw badInput(
      townshipId === null ? { villageId: "REQUIRED", townshipId: "REQUIRED" } : { villageId: "INVALID" },
      "Name exactly one owner: a township or a village",
    );
  }
  if (townshipId !== null) {
    const [township] = await tx.select({ id: townships.id }).from(townships).where(eq(townships.id, townshipId));
    if (!township) throw badInput({ townshipId: "NOT_FOUND" }, `Township ${rawTownshipId} does not exist`);
    return { townshipId, villageId: null, villageTownshipId: null };
  }
  const [village] = await tx.select({ id: villages.id, townshipId: villages.townshipId }).from(villages).where(eq(villages.id, villageId!));
  if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${rawVillageId} does not exist`);
  return { townshipId: null, villageId: village.id, villageTownshipId: village.townshipId };
}

/** The township of a village, for ownerOf. */
const townshipOfVillageIn = (tx: DbOrTx) => async (villageId: number) =>
  (await tx.select({ townshipId: villages.townshipId }).from(villages).where(eq(villages.id, villageId)))[0]?.townshipId;

/** A township filter: the township's own rows and its villages'; a village's own; what a village may use. */
function ownerFilter(
  columns: OwnerColumns,
  filter: { townshipId?: string | null; villageId?: string | null; usableBy?: string | null } | null | undefined,
): SQL[] {
  const conditions: SQL[] = [];
  if (filter?.townshipId) conditions.push(ownedInTownship(columns, parseId(filter.townshipId, "Township", "townshipId")));
  if (filter?.villageId) conditions.push(eq(columns.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.usableBy) conditions.push(usableByVillage(columns, parseId(filter.usableBy, "Village", "usableBy")));
  return conditions;
}

// ---------------------------------------------------------------- teams

const teamSortable = {
  id: volunteerTeams.id,
  name: volunteerTeams.name,
  kind: volunteerTeams.kind,
  memberCount: volunteerTeams.memberCount,
  active: volunteerTeams.active,
  createdAt: volunteerTeams.createdAt,
};
const teamDuplicates = { volunteer_teams_name_uq: "name" };
const teamColumns = { townshipId: volunteerTeams.townshipId, villageId: volunteerTeams.villageId };

export async function listTeams(
  db: Db,
  actor: Actor,
  filter: VolunteerTeamFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [ownedScope(actor, teamColumns), ...ownerFilter(teamColumns, filter)];
  conditions.push(idsCondition(volunteerTeams.id, filter?.ids, "VolunteerTeam"));
  if (filter?.kind) conditions.push(eq(volunteerTeams.kind, filter.kind));
  if (filter?.active !== undefined && filter?.active !== null) conditions.push(eq(volunteerTeams.active, filter.active));
  const q = filter?.q?.trim();
  if (q) conditions.push(or(ilike(volunteerTeams.name, likePattern(q)), ilike(volunteerTeams.leaderName, likePattern(q))));
  return selectPage(db, volunteerTeams, and(...conditions), orderBy(sort, teamSortable), paging);
}

/** A team the actor may read; NOT_FOUND otherwise. */
export async function getTeam(db: DbOrTx, actor: Actor, rawId: string | number) {
  return selectById(db, volunteerTeams, "VolunteerTeam", rawId, ownedScope(actor, teamColumns));
}

export async function createTeam(db: Db, actor: Actor, input: CreateVolunteerTeamInput) {
  const checks = new Checks();
  const name = checks.text("name", input.name, { max: 60, required: true });
  const kind = checks.notNull("kind", input.kind);
  if (!kind) checks.fail("kind", "REQUIRED");
  const leaderName = checks.text("leaderName", input.leaderName, { max: 30 });
  const memberCount = checks.int("memberCount", input.memberCount ?? 0, 0, maxTeamMembers);
  checks.throwIfAny();
  try {
    return await db.transaction(async (tx) => {
      const owner = await resolveOwner(tx, input.townshipId, input.villageId);
      throwIfRefused(keepRefusal(actor, owner, "team"));
      const [row] = await tx
        .insert(volunteerTeams)
        .values({ name: name!, kind: kind!, townshipId: owner.townshipId, villageId: owner.villageId, leaderName, memberCount: memberCount ?? 0 })
        .returning();
      await audit(tx, actor, "create", "volunteer-team", row!.id, { name: row!.name, townshipId: owner.townshipId, villageId: owner.villageId });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, teamDuplicates);
  }
}

export async function updateTeam(db: Db, actor: Actor, rawId: string, input: UpdateVolunteerTeamInput) {
  const checks = new Checks();
  const values = {
    name: checks.requiredText("name", input.name, { max: 60 }),
    kind: checks.notNull("kind", input.kind),
    leaderName: checks.text("leaderName", input.leaderName, { max: 30 }),
    memberCount: checks.int("memberCount", input.memberCount, 0, maxTeamMembers),
    active: checks.notNull("active", input.active),
  };
  checks.throwIfAny();
  try {
    return await db.transaction(async (tx) => {
      const current = await getTeam(tx, actor, rawId);
      throwIfRefused(keepRefusal(actor, await ownerOf(current, townshipOfVillageIn(tx)), "team"));
      const [row] = await tx
        .update(volunteerTeams)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(volunteerTeams.id, current.id))
        .returning();
      const fields = Object.keys(values).filter((key) => values[key as keyof typeof values] !== undefined);
      await audit(tx, actor, "update", "volunteer-team", current.id, { fields });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, teamDuplicates);
  }
}

// ---------------------------------------------------------------- brands

const brandSortable = {
  id: serviceBrands.id,
  name: serviceBrands.name,
  active: serviceBrands.active,
  createdAt: serviceBrands.createdAt,
};
const brandDuplicates = { service_brands_name_uq: "name" };
const brandColumns = { townshipId: serviceBrands.townshipId, villageId: serviceBrands.villageId };

export async function listBrands(
  db: Db,
  actor: Actor,
  filter: ServiceBrandFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [ownedScope(actor, brandColumns), ...ownerFilter(brandColumns, filter)];
  conditions.push(idsCondition(serviceBrands.id, filter?.ids, "ServiceBrand"));
  if (filter?.active !== undefined && filter?.active !== null) conditions.push(eq(serviceBrands.active, filter.active));
  const q = filter?.q?.trim();
  if (q) conditions.push(ilike(serviceBrands.name, likePattern(q)));
  return selectPage(db, serviceBrands, and(...conditions), orderBy(sort, brandSortable), paging);
}

export async function getBrand(db: DbOrTx, actor: Actor, rawId: string | number) {
  return selectById(db, serviceBrands, "ServiceBrand", rawId, ownedScope(actor, brandColumns));
}

export async function createBrand(db: Db, actor: Actor, input: CreateServiceBrandInput) {
  const checks = new Checks();
  const name = checks.text("name", input.name, { max: 60, required: true });
  const description = checks.text("description", input.description, { max: 1000 });
  checks.throwIfAny();
  try {
    return await db.transaction(async (tx) => {
      const owner = await resolveOwner(tx, input.townshipId, input.villageId);
      throwIfRefused(keepRefusal(actor, owner, "brand"));
      const [row] = await tx
        .insert(serviceBrands)
        .values({ name: name!, description, townshipId: owner.townshipId, villageId: owner.villageId })
        .returning();
      await audit(tx, actor, "create", "service-brand", row!.id, { name: row!.name, townshipId: owner.townshipId, villageId: owner.villageId });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, brandDuplicates);
  }
}

export async function updateBrand(db: Db, actor: Actor, rawId: string, input: UpdateServiceBrandInput) {
  const checks = new Checks();
  const values = {
    name: checks.requiredText("name", input.name, { max: 60 }),
    description: checks.text("description", input.description, { max: 1000 }),
    active: checks.notNull("active", input.active),
  };
  checks.throwIfAny();
  try {
    return await db.transaction(async (tx) => {
      const current = await getBrand(tx, actor, rawId);
      throwIfRefused(keepRefusal(actor, await ownerOf(current, townshipOfVillageIn(tx)), "brand"));
      const [row] = await tx
        .update(serviceBrands)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(serviceBrands.id, current.id))
        .returning();
      const fields = Object.keys(values).filter((key) => values[key as keyof typeof values] !== undefined);
      await audit(tx, actor, "update", "service-brand", current.id, { fields });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, brandDuplicates);
  }
}
