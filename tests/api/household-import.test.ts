// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditLog } from "@cunwu/schema";
import { errorCode, startTestServer, type TestServer } from "../support/server";

// importHouseholds: a village's households from a file's rows, checked row by
// row with createHousehold's rules, written all or nothing.

interface ImportError {
  field: string;
  code: string;
  message: string;
  duplicateOfRow: number | null;
}
interface RowResult {
  row: number;
  ok: boolean;
  householdId: string | null;
  errors: ImportError[];
}
interface ImportResult {
  dryRun: boolean;
  ok: boolean;
  total: number;
  failed: number;
  imported: number;
  rows: RowResult[];
}
type Row = Partial<Record<"number" | "headName" | "memberCount" | "phone" | "address" | "category", string | null>> & { row?: number };

const importMutation = `mutation ($input: ImportHouseholdsInput!) {
  importHouseholds(input: $input) { dryRun ok total failed imported rows { row ok householdId errors { field code message duplicateOfRow } } }
}`;
const villagesQuery = `{ villages(perPage: 200) { items { id code } } }`;
const countQuery = `query ($filter: HouseholdFilter) { households(filter: $filter, perPage: 1) { total } }`;

let t: TestServer;
let admin: string;
let committee: string;
let villageIds: Record<string, string>;

const run = (villageCode: string, rows: Row[], token = committee, dryRun?: boolean) =>
  t.gql<{ importHouseholds: ImportResult }>(importMutation, { input: { villageId: villageIds[villageCode], rows, dryRun } }, token);
async function imported(villageCode: string, rows: Row[], token = committee, dryRun?: boolean) {
  const result = await run(villageCode, rows, token, dryRun);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.importHouseholds;
}
const countIn = async (villageCode: string) =>
  (await t.ok<{ households: { total: number } }>(countQuery, { filter: { villageId: villageIds[villageCode], status: "ACTIVE" } }, admin))
    .households.total;
const auditCount = async () => {
  const [row] = await t.server.connection.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, "import"), eq(auditLog.entity, "household")));
  return row!.n;
};
/** field → code of one row's errors. */
const codesOf = (result: ImportResult, row: number) =>
  Object.fromEntries(result.rows.find((r) => r.row === row)!.errors.map((e) => [e.field, e.code]));

const good = (n: string, extra: Row = {}): Row => ({ number: n, headName: "王小明", memberCount: "4", phone: "13800138000", address: "一组 8 号", ...extra });

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin");
  committee = await t.login("village");
  const villages = (await t.ok<{ villages: { items: { id: string; code: string }[] } }>(villagesQuery, {}, admin)).villages.items;
  villageIds = Object.fromEntries(villages.map((v) => [v.code, v.id]));
});
afterAll(async () => {
  await t?.close();
});

describe("importHouseholds", () => {
  it("imports every row of a clean file, with categories, blanks and full-width digits", async () => {
    const before = await countIn("PC01");
    const audits = await auditCount();
    const result = await imported("PC01", [
      { row: 2, ...good("PC01-101") },
      { row: 3, ...good("PC01-102", { category: "lifted", phone: "", address: null }) },
      { row: 5, ...good("PC01-103", { memberCount: "３", category: "MONITORED", phone: "0816-1234567" }) },
    ]);
    expect(result).toMatchObject({ dryRun: false, ok: true, total: 3, failed: 0, imported: 3 });
    expect(result.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(result.rows.every((r) => r.ok && r.householdId)).toBe(true);
    expect(await countIn("PC01")).toBe(before + 3);
    expect(await auditCount()).toBe(audits + 1);

    const fields = `number headName memberCount phone address category status balance villageId`;
    const { household } = await t.ok<{ household: Record<string, unknown> }>(
      `query ($id: ID!) { household(id: $id) { ${fields} } }`,
      { id: result.rows[2]!.householdId },
      committee,
    );
    expect(household).toEqual({
      number: "PC01-103",
      headName: "王小明",
      memberCount: 3,
      phone: "0816-1234567",
      address: "一组 8 号",
      category: "MONITORED",
      status: "ACTIVE",
      balance: 0,
      villageId: villageIds.PC01,
    });
    const second = await t.ok<{ household: Record<string, unknown> }>(
      `query ($id: ID!) { household(id: $id) { ${fields} } }`,
      { id: result.rows[1]!.householdId },
      committee,
    );
    expect(second.household).toMatchObject({ category: "LIFTED", phone: null, address: null });
  });

  it("reports every problem of every row with its row number and writes nothing", async () => {
    const before = await countIn("PC01");
    const audits = await auditCount();
    const result = await imported("PC01", [
      { row: 2, ...good("PC01-201") },
      { row: 3, ...good("PC01-202", { headName: " ", memberCount: "0" }) },
      { row: 4, ...good("PC01 203", { phone: "12345", category: "贫困户" }) },
      { row: 5, ...good("PC01-205", { memberCount: "三" }) },
      { row: 6, number: null, headName: null, memberCount: null },
      { row: 7, ...good("PC01-207", { headName: "名".repeat(31), address: "址".repeat(201) }) },
    ]);
    expect(result).toMatchObject({ dryRun: false, ok: false, total: 6, failed: 5, imported: 0 });
    expect(codesOf(result, 2)).toEqual({});
    expect(codesOf(result, 3)).toEqual({ headName: "REQUIRED", memberCount: "OUT_OF_RANGE" });
    expect(codesOf(result, 4)).toEqual({ number: "INVALID", phone: "INVALID_PHONE", category: "INVALID" });
    expect(codesOf(result, 5)).toEqual({ memberCount: "INVALID" });
    expect(codesOf(result, 6)).toEqual({ number: "REQUIRED", headName: "REQUIRED", memberCount: "REQUIRED" });
    expect(codesOf(result, 7)).toEqual({ headName: "TOO_LONG", address: "TOO_LONG" });
    expect(result.rows.every((r) => r.householdId === null)).toBe(true);
    const phoneError = result.rows.find((r) => r.row === 4)!.errors.find((e) => e.field === "phone")!;
    expect(phoneError.message).toMatch(/phone .*mobile/);
    expect(await countIn("PC01")).toBe(before);
    expect(await auditCount()).toBe(audits);
  });

  it("finds numbers repeated in the file and numbers the village already has", async () => {
    const before = await countIn("PC01");
    const result = await imported("PC01", [
      { row: 2, ...good("PC01-301") },
      { row: 3, ...good("PC01-001") },
      { row: 4, ...good("PC01-302") },
      { row: 5, ...good(" PC01-301 ") },
      { row: 6, ...good("PC01-302") },
    ]);
    expect(result).toMatchObject({ ok: false, failed: 3, imported: 0 });
    expect(codesOf(result, 3)).toEqual({ number: "DUPLICATE" });
    const inFile = result.rows.filter((r) => r.errors.some((e) => e.code === "DUPLICATE_IN_FILE"));
    expect(inFile.map((r) => [r.row, r.errors[0]!.duplicateOfRow])).toEqual([
      [5, 2],
      [6, 4],
    ]);
    expect(inFile[0]!.errors[0]!.message).toContain("row 2");
    expect(await countIn("PC01")).toBe(before);

    // Another village's numbers are no obstacle: uniqueness is per village.
    const elsewhere = await imported("PC02", [good("PC01-001")], admin, true);
    expect(elsewhere).toMatchObject({ ok: true, imported: 0 });
  });

  it("a dry run checks everything and writes nothing; the same rows then import", async () => {
    const rows = [good("PC01-401"), good("PC01-402")];
    const before = await countIn("PC01");
    const audits = await auditCount();
    const dry = await imported("PC01", rows, committee, true);
    expect(dry).toMatchObject({ dryRun: true, ok: true, total: 2, failed: 0, imported: 0 });
    expect(dry.rows.map((r) => [r.row, r.ok, r.householdId])).toEqual([
      [1, true, null],
      [2, true, null],
    ]);
    expect(await countIn("PC01")).toBe(before);
    expect(await auditCount()).toBe(audits);

    const failingDry = await imported("PC01", [good("PC01-403", { memberCount: "100" })], committee, true);
    expect(failingDry).toMatchObject({ dryRun: true, ok: false, failed: 1 });
    expect(codesOf(failingDry, 1)).toEqual({ memberCount: "OUT_OF_RANGE" });

    expect(await imported("PC01", rows)).toMatchObject({ ok: true, imported: 2 });
    expect(await countIn("PC01")).toBe(before + 2);
    // Sending the same file twice imports nothing twice.
    const again = await imported("PC01", rows);
    expect(again).toMatchObject({ ok: false, failed: 2, imported: 0 });
    expect(codesOf(again, 1)).toEqual({ number: "DUPLICATE" });
    expect(await countIn("PC01")).toBe(before + 2);
  });

  it("lets the district admin import into any village", async () => {
    const before = await countIn("MB02");
    expect(await imported("MB02", [good("MB02-501")], admin)).toMatchObject({ ok: true, imported: 1 });
    expect(await countIn("MB02")).toBe(before + 1);
  });

  it("keeps a village committee to its own village and other roles out", async () => {
    const before = await countIn("PC02");
    const other = await run("PC02", [good("PC02-601")]);
    expect(errorCode(other)).toBe("FORBIDDEN");
    expect(other.data ?? null).toBeNull();
    expect(await countIn("PC02")).toBe(before);

    for (const username of ["district", "township", "dept", "resident"]) {
      const token = await t.login(username);
      const refused = await run("PC01", [good("PC01-602")], token, true);
      expect(errorCode(refused), username).toBe("FORBIDDEN");
    }
    const anonymous = await t.gql(importMutation, { input: { villageId: villageIds.PC01, rows: [good("PC01-603")] } });
    expect(errorCode(anonymous)).toBe("UNAUTHENTICATED");

    const missing = await t.gql(importMutation, { input: { villageId: "999999", rows: [good("PC01-604")] } }, admin);
    expect(errorCode(missing)).toBe("BAD_USER_INPUT");
    expect(missing.errors![0]!.extensions.fields).toEqual({ villageId: "NOT_FOUND" });
  });

  it("refuses an empty file and one over the row limit with a clear error", async () => {
    const empty = await run("PC01", []);
    expect(errorCode(empty)).toBe("BAD_USER_INPUT");
    expect(empty.errors![0]!.extensions.fields).toEqual({ rows: "REQUIRED" });

    const rows = Array.from({ length: 2001 }, (_, i) => ({ number: `X${i}`, headName: "张", memberCount: "1" }));
    const tooMany = await run("PC01", rows);
    expect(errorCode(tooMany)).toBe("BAD_USER_INPUT");
    expect(tooMany.errors![0]!.extensions.fields).toEqual({ rows: "TOO_MANY" });
    expect(tooMany.errors![0]!.message).toContain("2000");

    // The limit itself imports in one go.
    const before = await countIn("PC03");
    const full = await imported("PC03", rows.slice(0, 2000), admin);
    expect(full).toMatchObject({ ok: true, imported: 2000 });
    expect(await countIn("PC03")).toBe(before + 2000);
  });
});
