import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, type SQL } from "drizzle-orm";
import {
  activities,
  activityAttachments,
  auditLog,
  awardBatchAttachments,
  awardBatches,
  awardBatchLines,
  awardLineAttachments,
  files,
  pointEntryAttachments,
  productAttachments,
  civicCategories,
  civicMatters,
  households,
  matterEvents,
  pointEntries,
  products,
  redemptionLines,
  redemptions,
  townships,
  users,
  villages,
} from "@cunwu/schema";
import { connect, type Connection } from "@cunwu/server";
import { freshDatabase, type TestDatabase } from "../support/database";

// What the database itself guarantees, whatever the server does: history
// tables are append-only, and balances, stock and quantities keep their
// CHECK constraints.

let database: TestDatabase;
let conn: Connection;
const ids = { township: 0, village: 0, otherVillage: 0, household: 0, user: 0, category: 0, matter: 0, firstEntry: 0 };

/** Rows of a raw query on either driver (PGlite answers { rows }, postgres.js an array). */
async function rows<T = Record<string, unknown>>(query: SQL): Promise<T[]> {
  const result = (await conn.db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** The database's error for a statement that must fail (drizzle wraps it as the cause). */
async function refusal(statement: PromiseLike<unknown>): Promise<{ code: string; message: string }> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    const { code, message } = cause as { code?: unknown; message?: unknown };
    return { code: String(code), message: String(message) };
  }
  throw new Error("the statement should have been refused, but it succeeded");
}

const restrictViolation = "23001";
const checkViolation = "23514";
const uniqueViolation = "23505";

let entrySequence = 0;
const entry = (values: Partial<typeof pointEntries.$inferInsert> = {}): typeof pointEntries.$inferInsert => ({
  householdId: ids.household,
  villageId: ids.village,
  kind: "AWARD",
  delta: 5,
  balanceAfter: 5,
  reason: "test",
  deedDate: "2026-04-01",
  recordedBy: ids.user,
  idempotencyKey: `append-only-${++entrySequence}`,
  ...values,
});

beforeAll(async () => {
  database = await freshDatabase("empty");
  conn = await connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, maxConnections: 1 });
  await conn.migrate();
  const db = conn.db;
  const [township] = await db.insert(townships).values({ code: "T1", name: "蒲池乡" }).returning();
  ids.township = township!.id;
  const [village, otherVillage] = await db
    .insert(villages)
    .values([
      { townshipId: ids.township, code: "V1", name: "石门村" },
      { townshipId: ids.township, code: "V2", name: "河坝村" },
    ])
    .returning();
  ids.village = village!.id;
  ids.otherVillage = otherVillage!.id;
  const [household] = await db
    .insert(households)
    .values({ villageId: ids.village, number: "001", headName: "黄学军", memberCount: 3 })
    .returning();
  ids.household = household!.id;
  const [user] = await db
    .insert(users)
    .values({ username: "admin", passwordHash: "x", displayName: "Admin", role: "DISTRICT_ADMIN" })
    .returning();
  ids.user = user!.id;
  const [category] = await db
    .insert(civicCategories)
    .values({ code: "ROAD", name: "道路", defaultChannel: "DIRECT", deadlineDays: 5 })
    .returning();
  ids.category = category!.id;
  const [matter] = await db
    .insert(civicMatters)
    .values({
      code: "MS-2026-00001",
      title: "路灯坏了",
      content: "村口路灯不亮",
      categoryId: ids.category,
      villageId: ids.village,
      townshipId: ids.township,
      source: "WALK_IN",
    })
    .returning();
  ids.matter = matter!.id;

  const [first] = await db
    .insert(pointEntries)
    .values([entry({ delta: 10, balanceAfter: 10 }), entry({ kind: "DEDUCTION", delta: -3, balanceAfter: 7 })])
    .returning();
  ids.firstEntry = first!.id;
  await db.execute(sql`update households set balance = 7 where id = ${ids.household}`);
  await db.insert(matterEvents).values([
    { matterId: ids.matter, type: "RECEIVED", toStatus: "RECEIVED", actorId: ids.user, note: "受理" },
    { matterId: ids.matter, type: "NOTE", actorId: ids.user, note: "internal", public: false },
  ]);
  await db.insert(auditLog).values([
    { actorId: ids.user, action: "create", entity: "household", entityId: String(ids.household), detail: { fields: ["number"] } },
    { actorId: null, action: "bootstrap-create", entity: "user", entityId: String(ids.user) },
  ]);
});

afterAll(async () => {
  await conn?.close();
  await database?.drop();
});

const historyTables = [
  { table: "point_entries", update: sql`update point_entries set delta = 1000, balance_after = 1000` },
  { table: "matter_events", update: sql`update matter_events set note = 'rewritten', public = true` },
  { table: "audit_log", update: sql`update audit_log set action = 'nothing happened'` },
] as const;

describe.each(historyTables)("$table is append-only", ({ table, update }) => {
  const all = () => rows(sql`select * from ${sql.identifier(table)} order by id`);

  it("takes new rows", async () => {
    const before = (await all()).length;
    if (table === "point_entries") await conn.db.insert(pointEntries).values(entry({ delta: 2, balanceAfter: 9 }));
    if (table === "matter_events") await conn.db.insert(matterEvents).values({ matterId: ids.matter, type: "NOTE", note: "more" });
    if (table === "audit_log") await conn.db.insert(auditLog).values({ actorId: ids.user, action: "update", entity: "household" });
    expect((await all()).length).toBe(before + 1);
  });

  it("refuses UPDATE, DELETE and TRUNCATE and keeps every row", async () => {
    const before = await all();
    expect(before.length).toBeGreaterThanOrEqual(3);
    const firstId = (before[0] as { id: number | string }).id;
    const statements: [string, SQL][] = [
      ["UPDATE of every row", update],
      ["UPDATE of one row", sql`${update} where id = ${firstId}`],
      ["DELETE of one row", sql`delete from ${sql.identifier(table)} where id = ${firstId}`],
      ["DELETE of every row", sql`delete from ${sql.identifier(table)}`],
      // CASCADE: also where another table refers to this one (photos to matter events).
      ["TRUNCATE", sql`truncate ${sql.identifier(table)} cascade`],
    ];
    for (const [what, statement] of statements) {
      const error = await refusal(conn.db.execute(statement));
      expect(error.code, `${what} on ${table}: ${error.message}`).toBe(restrictViolation);
      expect(error.message, what).toMatch(/append-only/);
    }
    expect(await all()).toEqual(before);
  });

  it("refuses a change inside a transaction too, and the transaction rolls back", async () => {
    const before = await all();
    const error = await refusal(
      conn.db.transaction(async (tx) => {
        await tx.insert(auditLog).values({ actorId: ids.user, action: "cover-up", entity: "household" });
        await tx.execute(update);
      }),
    );
    expect(error.code).toBe(restrictViolation);
    expect(await all()).toEqual(before);
  });
});

describe("photos of awards, activities and products are append-only", () => {
  const linkTables = ["award_batch_attachments", "award_line_attachments", "point_entry_attachments", "activity_attachments", "product_attachments"];

  beforeAll(async () => {
    const db = conn.db;
    const photo = async () =>
      (
        await db
          .insert(files)
          .values({ uploadedBy: ids.user, contentType: "image/jpeg", width: 4, height: 3, bytes: 10, thumbWidth: 4, thumbHeight: 3, thumbBytes: 5, attachedAt: new Date() })
          .returning()
      )[0]!.id;
    const [batch] = await db
      .insert(awardBatches)
      .values({ villageId: ids.village, points: 5, reason: "美丽庭院", deedDate: "2026-04-01", status: "ON_PUBLICITY", idempotencyKey: "append-only-batch", createdBy: ids.user })
      .returning();
    const [line] = await db.insert(awardBatchLines).values({ batchId: batch!.id, householdId: ids.household }).returning();
    const [activity] = await db.insert(activities).values({ title: "河道清理", villageId: ids.village, date: "2026-04-01", category: "ENVIRONMENT", pointsPerParticipant: 5 }).returning();
    const [product] = await db.insert(products).values({ villageId: ids.village, name: "大米", unit: "袋", price: 30, stock: 1 }).returning();
    await db.insert(awardBatchAttachments).values({ batchId: batch!.id, fileId: await photo(), position: 0 });
    await db.insert(awardLineAttachments).values({ lineId: line!.id, fileId: await photo(), position: 0 });
    await db.insert(pointEntryAttachments).values({ entryId: ids.firstEntry, fileId: await photo(), position: 0 });
    await db.insert(activityAttachments).values({ activityId: activity!.id, fileId: await photo(), position: 0 });
    await db.insert(productAttachments).values({ productId: product!.id, fileId: await photo(), position: 0 });
  });

  it.each(linkTables)("%s refuses UPDATE, DELETE and TRUNCATE and keeps its rows", async (table) => {
    const all = () => rows(sql`select * from ${sql.identifier(table)} order by file_id`);
    const before = await all();
    expect(before).toHaveLength(1);
    const statements: [string, SQL][] = [
      ["UPDATE", sql`update ${sql.identifier(table)} set position = position + 1`],
      ["DELETE", sql`delete from ${sql.identifier(table)}`],
      ["TRUNCATE", sql`truncate ${sql.identifier(table)}`],
    ];
    for (const [what, statement] of statements) {
      const error = await refusal(conn.db.execute(statement));
      expect(error.code, `${what} on ${table}: ${error.message}`).toBe(restrictViolation);
      expect(error.message, what).toMatch(/append-only/);
    }
    expect(await all()).toEqual(before);
  });

  it("an attached photo cannot be deleted", async () => {
    const error = await refusal(conn.db.execute(sql`delete from files where attached_at is not null`));
    expect(error.code).toBe(restrictViolation);
  });
});

describe("TRUNCATE … CASCADE from a parent table", () => {
  it("is refused, because it would empty the ledger", async () => {
    const before = await rows(sql`select count(*)::int as n from point_entries`);
    const error = await refusal(conn.db.execute(sql`truncate households cascade`));
    expect(error.code).toBe(restrictViolation);
    expect(await rows(sql`select count(*)::int as n from point_entries`)).toEqual(before);
    expect(await rows(sql`select count(*)::int as n from households`)).toEqual([{ n: 1 }]);
  });
});

describe("CHECK and UNIQUE constraints", () => {
  it("a household balance never goes below zero", async () => {
    const spend = await refusal(conn.db.execute(sql`update households set balance = balance - 8 where id = ${ids.household}`));
    expect(spend.code).toBe(checkViolation);
    expect(spend.message).toContain("households_balance_ck");
    const insert = await refusal(
      conn.db.insert(households).values({ villageId: ids.village, number: "neg", headName: "x", memberCount: 1, balance: -1 }),
    );
    expect(insert.code).toBe(checkViolation);
    expect(await rows(sql`select balance from households where id = ${ids.household}`)).toEqual([{ balance: 7 }]);
    // Down to exactly zero is fine.
    await conn.db.execute(sql`update households set balance = balance - 7 where id = ${ids.household}`);
    await conn.db.execute(sql`update households set balance = balance + 7 where id = ${ids.household}`);
  });

  it("product stock never goes below zero", async () => {
    const [product] = await conn.db
      .insert(products)
      .values({ villageId: ids.village, name: "洗衣粉", unit: "袋", price: 5, stock: 3 })
      .returning();
    const sale = await refusal(conn.db.execute(sql`update products set stock = stock - 4 where id = ${product!.id}`));
    expect(sale.code).toBe(checkViolation);
    expect(sale.message).toContain("products_stock_ck");
    const insert = await refusal(conn.db.insert(products).values({ villageId: ids.village, name: "肥皂", unit: "块", price: 2, stock: -1 }));
    expect(insert.code).toBe(checkViolation);
    await conn.db.execute(sql`update products set stock = stock - 3 where id = ${product!.id}`);
    expect(await rows(sql`select stock from products where id = ${product!.id}`)).toEqual([{ stock: 0 }]);
  });

  it("a redemption line has a positive quantity", async () => {
    const [product] = await conn.db
      .insert(products)
      .values({ villageId: ids.village, name: "毛巾", unit: "条", price: 3, stock: 10 })
      .returning();
    const [redemption] = await conn.db
      .insert(redemptions)
      .values({ householdId: ids.household, villageId: ids.village, total: 3, idempotencyKey: "redemption-1", recordedBy: ids.user })
      .returning();
    for (const quantity of [0, -1]) {
      const error = await refusal(
        conn.db.insert(redemptionLines).values({ redemptionId: redemption!.id, productId: product!.id, quantity, unitPrice: 3 }),
      );
      expect(error.code, `quantity ${quantity}`).toBe(checkViolation);
      expect(error.message).toContain("redemption_lines_quantity_ck");
    }
    await conn.db.insert(redemptionLines).values({ redemptionId: redemption!.id, productId: product!.id, quantity: 1, unitPrice: 3 });
  });

  it("a point entry moves some points, with the sign of its kind, and never leaves a negative balance", async () => {
    // Only a deduction from an empty balance (and its reversal) may move nothing.
    const zero = await refusal(conn.db.insert(pointEntries).values(entry({ kind: "AWARD", delta: 0, balanceAfter: 7 })));
    expect(zero.code).toBe(checkViolation);
    expect(zero.message).toMatch(/point_entries_(delta|sign)_ck/);
    // A deduction's full points are kept on deductions only, and never less than what it took.
    const requestedOnAward = await refusal(conn.db.insert(pointEntries).values(entry({ kind: "AWARD", delta: 5, requestedDelta: -5, balanceAfter: 12 })));
    expect(requestedOnAward.code).toBe(checkViolation);
    expect(requestedOnAward.message).toContain("point_entries_requested_ck");
    const tookMore = await refusal(conn.db.insert(pointEntries).values(entry({ kind: "DEDUCTION", delta: -5, requestedDelta: -3, balanceAfter: 2 })));
    expect(tookMore.code).toBe(checkViolation);
    expect(tookMore.message).toContain("point_entries_requested_ck");
    const negativeAward = await refusal(conn.db.insert(pointEntries).values(entry({ kind: "AWARD", delta: -5, balanceAfter: 2 })));
    expect(negativeAward.code).toBe(checkViolation);
    expect(negativeAward.message).toContain("point_entries_sign_ck");
    const belowZero = await refusal(conn.db.insert(pointEntries).values(entry({ kind: "DEDUCTION", delta: -50, balanceAfter: -43 })));
    expect(belowZero.code).toBe(checkViolation);
    expect(belowZero.message).toContain("point_entries_balance_after_ck");
    const reusedKey = await refusal(conn.db.insert(pointEntries).values(entry({ idempotencyKey: "append-only-1" })));
    expect(reusedKey.code).toBe(uniqueViolation);
  });

  it("a household number is unique in its village, not across villages", async () => {
    const duplicate = await refusal(
      conn.db.insert(households).values({ villageId: ids.village, number: "001", headName: "另一户", memberCount: 2 }),
    );
    expect(duplicate.code).toBe(uniqueViolation);
    expect(duplicate.message).toContain("households_village_number_uq");
    await conn.db.insert(households).values({ villageId: ids.otherVillage, number: "001", headName: "另一户", memberCount: 2 });
  });
});
