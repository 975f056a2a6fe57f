import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";

// A migration runs over data a district already has, not only over an empty
// database: each one that rewrites rows is applied here to a database left
// at the migration before it.

const migrationsDir = path.resolve(import.meta.dirname, "../../migrations");
const files = fs.readdirSync(migrationsDir).filter((f) => f.endsWith(".sql")).sort();

/** Runs SQL on a database of its own, not yet migrated: PGlite or PostgreSQL. */
interface Sql {
  exec(sql: string): Promise<void>;
  rows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function openDatabase(): Promise<Sql> {
  const database: TestDatabase = await freshDatabase("blank");
  if (testDatabaseKind === "pglite") {
    const db = await PGlite.create(path.join(database.dataDir, "pgdata"));
    return {
      exec: async (sql) => void (await db.exec(sql)),
      rows: async (sql) => (await db.query(sql)).rows as never,
      close: async () => {
        await db.close();
        await database.drop();
      },
    };
  }
  const client = postgres(database.databaseUrl!, { max: 1, onnotice: () => {} });
  return {
    exec: async (sql) => void (await client.unsafe(sql)),
    rows: async (sql) => (await client.unsafe(sql)) as never,
    close: async () => {
      await client.end();
      await database.drop();
    },
  };
}

const apply = async (db: Sql, file: string) => {
  const sql = fs.readFileSync(path.join(migrationsDir, file), "utf8");
  for (const statement of sql.split("--> statement-breakpoint")) if (statement.trim()) await db.exec(statement);
};

describe("0002: an activity's cancel reason", () => {
  let db: Sql;
  const file = files.find((f) => f.startsWith("0002_"))!;

  beforeAll(async () => {
    db = await openDatabase();
    for (const earlier of files.filter((f) => f < file)) await apply(db, earlier);
    await db.exec(`
      insert into townships (code, name) values ('PC', '蒲池乡');
      insert into villages (township_id, code, name) values (1, 'PC01', '石门村');
      insert into activities (title, village_id, date, category, points_per_participant, status, updated_at) values
        ('清扫河道', 1, '2026-05-01', 'ENVIRONMENT', 5, 'CANCELLED', '2026-04-30T10:00:00Z'),
        ('敬老探访', 1, '2026-05-02', 'ELDERLY_AND_LEFT_BEHIND', 5, 'CANCELLED', '2026-04-29T10:00:00Z'),
        ('文艺演出', 1, '2026-05-03', 'CULTURE', 5, 'HELD', '2026-05-03T10:00:00Z');
      insert into audit_log (action, entity, entity_id, detail, at) values
        ('cancel', 'activity', '1', '{"reason": "下雨改期", "previousStatus": "PLANNED"}', '2026-04-30T09:00:00Z');
    `);
    await apply(db, file);
  });
  afterAll(() => db?.close());

  it("takes the reason and time from the audit log, or says it was not recorded", async () => {
    const rows = await db.rows<{ title: string; cancel_reason: string | null; cancelled_at: Date | null }>(
      `select title, cancel_reason, cancelled_at from activities order by id`,
    );
    expect(rows.map((r) => [r.title, r.cancel_reason, r.cancelled_at?.toISOString() ?? null])).toEqual([
      ["清扫河道", "下雨改期", "2026-04-30T09:00:00.000Z"],
      ["敬老探访", "（取消原因未记录）", "2026-04-29T10:00:00.000Z"],
      ["文艺演出", null, null],
    ]);
  });

  it("then refuses a cancelled activity without a reason, and a reason on one that is not cancelled", async () => {
    await expect(db.exec(`update activities set cancel_reason = null where id = 1`)).rejects.toThrow(/activities_cancel_reason_ck/);
    await expect(db.exec(`update activities set cancel_reason = '无' where id = 3`)).rejects.toThrow(/activities_cancel_reason_ck/);
  });
});
