import postgres from "postgres";
import { benchAdmin } from "./servers";
import { login, ok } from "./client";

// What the district bench reads from: the busiest village with a shop, its
// township, one of its households, and two logins made for the bench (the
// seed's passwords are not known here): the district admin that
// CUNWU_ADMIN_USERNAME creates at start-up, and a committee user of the
// village that the admin creates, or resets on a later run (and the user
// then changes, as a reset password asks).

export interface World {
  graphql: string;
  sql: postgres.Sql;
  villageId: string;
  townshipId: string;
  householdId: string;
  /** A product of the village's shop (stockMovements needs one). */
  productId: string;
  admin: string;
  committee: string;
}

const committeeName = "bench_committee";
const committeePassword = "cunwu-bench-committee-password";

export async function makeWorld(cunwuUrl: string, databaseUrl: string): Promise<World> {
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  const [village] = await sql<{ id: number; township_id: number }[]>`
    select v.id, v.township_id from villages v join households h on h.village_id = v.id and h.status = 'ACTIVE'
    where v.has_shop group by v.id order by count(*) desc, v.id limit 1`;
  if (!village) throw new Error("The bench database has no village with a shop and households");
  const [household] = await sql<{ id: number }[]>`
    select id from households where village_id = ${village.id} and status = 'ACTIVE' order by id limit 1`;
  const [product] = await sql<{ id: number }[]>`select id from products where village_id = ${village.id} order by id limit 1`;
  const graphql = `${cunwuUrl}/graphql`;
  const admin = await login(graphql, benchAdmin.username, benchAdmin.password);
  const villageId = String(village.id);
  const { users } = await ok<{ users: { items: { id: string; username: string }[] } }>(
    graphql,
    `query ($q: String!) { users(filter: { q: $q }) { items { id username } } }`,
    { q: committeeName },
    admin,
  );
  const existing = users.items.find((u) => u.username === committeeName);
  const input = { password: committeePassword, role: "VILLAGE_COMMITTEE", villageId, active: true };
  if (existing) {
    await ok(graphql, `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`, { id: existing.id, input }, admin);
  } else {
    const { active: _active, ...create } = input;
    await ok(graphql, `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { ...create, username: committeeName } }, admin);
  }
  let committee = await login(graphql, committeeName, committeePassword);
  if (existing) {
    // A password an admin reset must be changed before anything else is served;
    // changed to a password of its own, then back, as the next run resets it again.
    const change = async (token: string, from: string, to: string) =>
      (
        await ok<{ changePassword: { token: string } }>(
          graphql,
          `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`,
          { c: from, n: to },
          token,
        )
      ).changePassword.token;
    committee = await change(committee, committeePassword, `${committeePassword}-chosen`);
    committee = await change(committee, `${committeePassword}-chosen`, committeePassword);
  }
  return { graphql, sql, villageId, townshipId: String(village.township_id), householdId: String(household!.id), productId: String(product?.id ?? 1), admin, committee };
}
