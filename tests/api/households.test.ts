// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { expectBadInput, expectRefused, fieldsOf } from "../support/assert";
import {
  archiveHousehold,
  createHousehold,
  household,
  households,
  updateHousehold,
  type CreateHouseholdInput,
  type Household,
  type HouseholdListArgs,
  type HouseholdPage,
} from "../support/ops/households";

// Households as the district admin keeps them: lists (filters, sorting,
// paging), create, update and archive, with every validation error.

interface Village {
  id: string;
  code: string;
  townshipId: string;
}

let t: TestServer;
let admin: string;
let villages: Village[];
/** The seeded district as the admin sees it before any test changes it. */
let seeded: Household[];

type Page = HouseholdPage;
const list = (variables: HouseholdListArgs): Promise<Page> => households.ok(t, variables, admin);
/** Every matching household, all pages of 200. */
async function listAll(filter: Record<string, unknown> = {}, sort?: unknown[]): Promise<Page> {
  const items: Household[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const result = await list({ filter, sort, page, perPage: 200 });
    total = result.total;
    items.push(...result.items);
    if (result.items.length < 200) break;
  }
  expect(items).toHaveLength(total);
  return { total, items };
}
const totalOf = async (filter: Record<string, unknown> = {}) => (await list({ filter, perPage: 1 })).total;
const get = (id: string) => household.ok(t, { id }, admin);
const village = (code: string) => {
  const row = villages.find((v) => v.code === code);
  if (!row) throw new Error(`no village ${code}`);
  return row;
};
const seededHousehold = (number: string) => {
  const row = seeded.find((h) => h.number === number);
  if (!row) throw new Error(`no household ${number}`);
  return row;
};
const sortedIds = (rows: { id: string }[]) => rows.map((r) => r.id).sort((a, b) => Number(a) - Number(b));


beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin");
  villages = (await t.ok<{ villages: { items: Village[] } }>(`{ villages(perPage: 50) { items { id code townshipId } } }`, {}, admin))
    .villages.items;
  seeded = (await listAll()).items;
});
afterAll(() => t?.close());

describe("listing households", () => {
  it("the seeded district has 200 households in six villages", () => {
    expect(seeded).toHaveLength(200);
    expect(villages).toHaveLength(6);
  });

  it("filters by township", async () => {
    const pc = village("PC01").townshipId;
    const pcVillages = new Set(villages.filter((v) => v.townshipId === pc).map((v) => v.id));
    const result = await listAll({ townshipId: pc });
    expect(result.total).toBe(34 + 31 + 36);
    expect(sortedIds(result.items)).toEqual(sortedIds(seeded.filter((h) => pcVillages.has(h.villageId))));
    const mb = village("MB01").townshipId;
    expect(await totalOf({ townshipId: mb })).toBe(33 + 35 + 31);
  });

  it("filters by village", async () => {
    const expected: Record<string, number> = { PC01: 34, PC02: 31, PC03: 36, MB01: 33, MB02: 35, MB03: 31 };
    for (const [code, count] of Object.entries(expected)) {
      const result = await listAll({ villageId: village(code).id });
      expect(result.total, code).toBe(count);
      expect(result.items.every((h) => h.villageId === village(code).id && h.number.startsWith(`${code}-`))).toBe(true);
    }
    // An id that names no village finds nothing.
    expect(await totalOf({ villageId: "99999" })).toBe(0);
  });

  it("filters by category", async () => {
    let sum = 0;
    for (const category of ["GENERAL", "LIFTED", "MONITORED"] as const) {
      const expected = seeded.filter((h) => h.category === category);
      expect(expected.length, category).toBeGreaterThan(0);
      const result = await listAll({ category });
      expect(result.total, category).toBe(expected.length);
      expect(sortedIds(result.items)).toEqual(sortedIds(expected));
      sum += result.total;
    }
    expect(sum).toBe(200);
  });

  it("filters by status", async () => {
    const moved = await listAll({ status: "MOVED" });
    expect(moved.items.map((h) => h.number).sort()).toEqual(["MB02-009", "MB02-028", "PC02-017"]);
    expect(await totalOf({ status: "ACTIVE" })).toBe(197);
    expect(await totalOf({ status: "ARCHIVED" })).toBe(0);
  });

  it("finds by the head's name", async () => {
    const head = seededHousehold("MB02-011").headName;
    const expected = seeded.filter((h) => h.headName.includes(head));
    const result = await listAll({ q: head });
    expect(sortedIds(result.items)).toEqual(sortedIds(expected));
    expect(result.items.map((h) => h.number)).toContain("MB02-011");
    // A part of a name: every match has it in its name (no phone or number holds Chinese characters).
    const surname = head.slice(0, 1);
    const bySurname = await listAll({ q: surname });
    expect(bySurname.total).toBe(seeded.filter((h) => h.headName.includes(surname)).length);
    expect(bySurname.items.every((h) => h.headName.includes(surname))).toBe(true);
  });

  it("finds by household number, ignoring case, and takes % and _ literally", async () => {
    const result = await listAll({ q: "MB02-01" });
    expect(result.items.map((h) => h.number).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `MB02-01${i}`),
    );
    expect((await listAll({ q: "mb02-01" })).total).toBe(10);
    expect(await totalOf({ q: "PC0_-001" })).toBe(0);
    expect(await totalOf({ q: "%" })).toBe(0);
    expect(await totalOf({ q: "不存在的名字" })).toBe(0);
    // Blank text is no filter at all.
    expect(await totalOf({ q: "   " })).toBe(200);
  });

  it("filters by ids", async () => {
    const picked = ["PC01-003", "PC03-020", "MB03-031"].map(seededHousehold);
    const result = await listAll({ ids: picked.map((h) => h.id) });
    expect(sortedIds(result.items)).toEqual(sortedIds(picked));
    expect(await totalOf({ ids: [] })).toBe(0);
    expect(await totalOf({ ids: ["99999"] })).toBe(0);
    expectBadInput(await households(t, { filter: { ids: ["abc"] } }, admin));
  });

  it("combines filters (all must hold)", async () => {
    const pc = village("PC01").townshipId;
    const pcVillages = new Set(villages.filter((v) => v.townshipId === pc).map((v) => v.id));
    const expected = seeded.filter((h) => pcVillages.has(h.villageId) && h.category === "GENERAL" && h.number.includes("-01"));
    const result = await listAll({ townshipId: pc, category: "GENERAL", q: "-01" });
    expect(expected.length).toBeGreaterThan(0);
    expect(sortedIds(result.items)).toEqual(sortedIds(expected));

    const movedInMb02 = await listAll({ villageId: village("MB02").id, status: "MOVED" });
    expect(movedInMb02.items.map((h) => h.number).sort()).toEqual(["MB02-009", "MB02-028"]);
    // A village of another township than the one asked for: nothing.
    expect(await totalOf({ townshipId: pc, villageId: village("MB01").id })).toBe(0);
    const some = ["PC01-001", "PC01-002", "MB01-001"].map(seededHousehold);
    const idsInPc01 = await listAll({ ids: some.map((h) => h.id), villageId: village("PC01").id });
    expect(idsInPc01.items.map((h) => h.number).sort()).toEqual(["PC01-001", "PC01-002"]);
  });

  it("pages of 50 cover the total exactly once", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const result = await list({ page, perPage: 50 });
      expect(result.total).toBe(200);
      expect(result.items).toHaveLength(50);
      seen.push(...result.items.map((h) => h.id));
    }
    expect(new Set(seen).size).toBe(200);
    expect(seen.sort()).toEqual(seeded.map((h) => h.id).sort());
    expect(await list({ page: 5, perPage: 50 })).toEqual({ total: 200, items: [] });
    // The default page size is 25, and a filtered list pages the same way.
    expect((await list({})).items).toHaveLength(25);
    const pc03 = village("PC03").id;
    const a = await list({ filter: { villageId: pc03 }, page: 1, perPage: 20 });
    const b = await list({ filter: { villageId: pc03 }, page: 2, perPage: 20 });
    expect([a.total, b.total, a.items.length, b.items.length]).toEqual([36, 36, 20, 16]);
    expect(new Set([...a.items, ...b.items].map((h) => h.id)).size).toBe(36);
  });

  it("sorts by number descending", async () => {
    const result = await listAll({}, [{ field: "number", order: "DESC" }]);
    const numbers = result.items.map((h) => h.number);
    expect(numbers).toEqual([...numbers].sort().reverse());
    expect(numbers[0]).toBe("PC03-036");
    expect(numbers.at(-1)).toBe("MB01-001");
    // Ascending is the other way round.
    const ascending = (await list({ sort: [{ field: "number" }], perPage: 1 })).items[0]!.number;
    expect(ascending).toBe("MB01-001");
  });

  it("sorts by head's name", async () => {
    const asc = (await listAll({}, [{ field: "headName", order: "ASC" }])).items.map((h) => h.headName);
    const desc = (await listAll({}, [{ field: "headName", order: "DESC" }])).items.map((h) => h.headName);
    // The database's collation decides the order; whatever it is, equal names
    // are together and descending is ascending reversed.
    const distinct = (names: string[]) => names.filter((name, i) => i === 0 || names[i - 1] !== name);
    expect(distinct(asc)).toHaveLength(new Set(asc).size);
    expect(distinct(desc)).toEqual(distinct(asc).reverse());
    expect(asc).not.toEqual(seeded.map((h) => h.headName));
  });

  it("sorts by member count, ties by id, and by several keys", async () => {
    const asc = (await listAll({}, [{ field: "memberCount" }])).items;
    for (let i = 1; i < asc.length; i++) {
      const [a, b] = [asc[i - 1]!, asc[i]!];
      expect(a.memberCount <= b.memberCount).toBe(true);
      if (a.memberCount === b.memberCount) expect(Number(a.id) < Number(b.id)).toBe(true);
    }
    const desc = (await listAll({}, [{ field: "memberCount", order: "DESC" }])).items.map((h) => h.memberCount);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBeGreaterThan(desc.at(-1)!);

    const multi = (await listAll({}, [{ field: "villageId", order: "DESC" }, { field: "memberCount", order: "ASC" }])).items;
    for (let i = 1; i < multi.length; i++) {
      const [a, b] = [multi[i - 1]!, multi[i]!];
      const byVillage = Number(b.villageId) - Number(a.villageId);
      expect(byVillage <= 0).toBe(true);
      if (byVillage === 0) expect(a.memberCount <= b.memberCount).toBe(true);
    }
  });

  it("refuses to sort by an unknown field (or by phone)", async () => {
    for (const field of ["nope", "phone", "address; drop table households"]) {
      const result = await households(t, { sort: [{ field }] }, admin);
      expectBadInput(result);
      expect(fieldsOf(result)).toHaveProperty("sort");
    }
  });

  it("refuses page sizes and pages out of range", async () => {
    expectBadInput(await households(t, { perPage: 0 }, admin), { perPage: "OUT_OF_RANGE" });
    expectBadInput(await households(t, { perPage: 201 }, admin), { perPage: "OUT_OF_RANGE" });
    expectBadInput(await households(t, { perPage: -5 }, admin), { perPage: "OUT_OF_RANGE" });
    expectBadInput(await households(t, { page: 0 }, admin), { page: "OUT_OF_RANGE" });
    expectBadInput(await households(t, { page: -1 }, admin), { page: "OUT_OF_RANGE" });
    expectBadInput(await households(t, { page: 0, perPage: 0 }, admin), { page: "OUT_OF_RANGE", perPage: "OUT_OF_RANGE" });
    // The limits themselves are allowed.
    expect((await list({ page: 1, perPage: 200 })).items).toHaveLength(200);
    expect((await list({ page: 1, perPage: 1 })).items).toHaveLength(1);
  });
});

describe("creating a household", () => {
  const pc01 = () => village("PC01").id;
  const valid = (overrides: Record<string, unknown> = {}) => ({
    villageId: pc01(),
    number: "PC01-200",
    headName: "王新户",
    memberCount: 4,
    ...overrides,
  });
  // Loosely typed: these tests send wrong input on purpose.
  const create = (input: Record<string, unknown>) => createHousehold(t, input as unknown as CreateHouseholdInput, admin);

  it("stores every field and reads back the same", async () => {
    const input = {
      villageId: pc01(),
      number: "PC01-101",
      headName: "李测试",
      memberCount: 5,
      phone: "13912345678",
      address: "石门村7组88号",
      category: "LIFTED",
    };
    const result = await create(input);
    const created = result.data!.createHousehold;
    expect(created).toMatchObject({ ...input, status: "ACTIVE", balance: 0 });
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    expect(await get(created.id)).toEqual(created);
    expect((await listAll({ q: "PC01-101" })).items.map((h) => h.id)).toEqual([created.id]);
  });

  it("defaults to GENERAL, ACTIVE, a zero balance, no phone and no address; trims text", async () => {
    const created = (await create(valid({ number: "  PC01-102 ", headName: "  赵默认  " }))).data!.createHousehold;
    expect(created).toMatchObject({
      number: "PC01-102",
      headName: "赵默认",
      category: "GENERAL",
      status: "ACTIVE",
      balance: 0,
      phone: null,
      address: null,
    });
    // A landline with its area code is a phone too.
    const landline = (await create(valid({ number: "PC01-103", phone: "0838-6201234" }))).data!.createHousehold;
    expect(landline.phone).toBe("0838-6201234");
  });

  it("refuses each bad field with its own code, and changes nothing", async () => {
    const before = await totalOf();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ headName: "" }, { headName: "REQUIRED" }],
      [{ headName: "   " }, { headName: "REQUIRED" }],
      [{ headName: "张".repeat(31) }, { headName: "TOO_LONG" }],
      [{ memberCount: 0 }, { memberCount: "OUT_OF_RANGE" }],
      [{ memberCount: 100 }, { memberCount: "OUT_OF_RANGE" }],
      [{ memberCount: -1 }, { memberCount: "OUT_OF_RANGE" }],
      [{ phone: "12345" }, { phone: "INVALID_PHONE" }],
      [{ phone: "1381234567" }, { phone: "INVALID_PHONE" }],
      [{ phone: "138123456789" }, { phone: "INVALID_PHONE" }],
      [{ number: "PC01 300" }, { number: "INVALID" }],
      [{ number: "PC01/300" }, { number: "INVALID" }],
      [{ number: "" }, { number: "REQUIRED" }],
      [{ number: "A".repeat(33) }, { number: "TOO_LONG" }],
      [{ address: "地".repeat(201) }, { address: "TOO_LONG" }],
      [{ category: null }, { category: "REQUIRED" }],
    ];
    for (const [overrides, fieldErrors] of cases) {
      const result = await create(valid({ number: "PC01-300", ...overrides }));
      expectBadInput(result, fieldErrors);
    }
    expect(await totalOf()).toBe(before);
    expect(await totalOf({ q: "PC01-300" })).toBe(0);
    // The edges themselves are fine.
    const edge = (await create(valid({ number: "PC01-301", headName: "张".repeat(30), memberCount: 99 }))).data!.createHousehold;
    expect([edge.headName.length, edge.memberCount]).toEqual([30, 99]);
    const one = (await create(valid({ number: "PC01-302", memberCount: 1 }))).data!.createHousehold;
    expect(one.memberCount).toBe(1);
  });

  it("reports several bad fields together", async () => {
    const before = await totalOf();
    const result = await create({ villageId: pc01(), number: "bad number", headName: " ", memberCount: 0, phone: "12345" });
    expectBadInput(result, { number: "INVALID", headName: "REQUIRED", memberCount: "OUT_OF_RANGE", phone: "INVALID_PHONE" });
    expect(await totalOf()).toBe(before);
  });

  it("a number is unique in its village, but may repeat in another", async () => {
    const before = await totalOf();
    const dup = await create(valid({ number: "PC01-001" }));
    expectBadInput(dup, { number: "DUPLICATE" });
    expect(await totalOf()).toBe(before);
    expect((await listAll({ q: "PC01-001" })).items.map((h) => h.id)).toEqual([seededHousehold("PC01-001").id]);

    const elsewhere = await create(valid({ villageId: village("PC02").id, number: "PC01-001" }));
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data!.createHousehold).toMatchObject({ villageId: village("PC02").id, number: "PC01-001" });
    expect(await totalOf()).toBe(before + 1);
  });

  it("a village that does not exist is fields.villageId NOT_FOUND; a malformed one is refused", async () => {
    const before = await totalOf();
    expectBadInput(await create(valid({ villageId: "99999", number: "PC01-400" })), { villageId: "NOT_FOUND" });
    expectBadInput(await create(valid({ villageId: "abc", number: "PC01-400" })));
    expect(await totalOf()).toBe(before);
  });

  it("a value of the wrong type is BAD_USER_INPUT, and a missing one too", async () => {
    const before = await totalOf();
    const wrongType = await create(valid({ number: "PC01-401", memberCount: "x" }));
    expectBadInput(wrongType, { memberCount: "INVALID" });
    expectBadInput(await create(valid({ number: "PC01-401", memberCount: 2.5 })));
    expectBadInput(await create(valid({ number: "PC01-401", category: "RICH" })));
    const { headName: _dropped, ...missing } = valid({ number: "PC01-401" });
    expectBadInput(await create(missing));
    // Inline in the document rather than as a variable.
    expectBadInput(
      await t.gql(`mutation { createHousehold(input: { villageId: "${pc01()}", number: "PC01-401", headName: "x", memberCount: "x" }) { id } }`, {}, admin),
    );
    expect(await totalOf()).toBe(before);
  });
});

describe("updating a household", () => {
  const update = (id: string, input: Record<string, unknown>) => updateHousehold(t, { id, input }, admin);
  const withoutTimes = ({ updatedAt: _u, ...rest }: Household) => rest;

  it("changes only the fields given", async () => {
    const target = seededHousehold("PC03-005");
    const before = await get(target.id);
    const result = await update(target.id, { memberCount: before.memberCount === 7 ? 6 : 7 });
    const after = result.data!.updateHousehold;
    expect(withoutTimes(after)).toEqual({ ...withoutTimes(before), memberCount: before.memberCount === 7 ? 6 : 7 });
    expect(await get(target.id)).toEqual(after);

    const more = (await update(target.id, { headName: "钱改名", category: "MONITORED", address: "白鹤村1组1号", status: "MOVED" })).data!
      .updateHousehold;
    expect(withoutTimes(more)).toEqual({
      ...withoutTimes(after),
      headName: "钱改名",
      category: "MONITORED",
      address: "白鹤村1组1号",
      status: "MOVED",
    });
  });

  it("phone and address null clear them", async () => {
    const target = seededHousehold("PC03-006");
    const before = await get(target.id);
    expect(before.phone).not.toBeNull();
    const after = (await update(target.id, { phone: null, address: null })).data!.updateHousehold;
    expect(after).toMatchObject({ phone: null, address: null, headName: before.headName, number: before.number });
    expect(await get(target.id)).toMatchObject({ phone: null, address: null });
    // And a new one can be set again.
    expect((await update(target.id, { phone: "15800001234" })).data!.updateHousehold.phone).toBe("15800001234");
  });

  it("a field that must have a value cannot be cleared; nothing changes", async () => {
    const target = seededHousehold("PC03-007");
    const before = await get(target.id);
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ headName: null }, { headName: "REQUIRED" }],
      [{ headName: "  " }, { headName: "REQUIRED" }],
      [{ number: null }, { number: "REQUIRED" }],
      [{ memberCount: null }, { memberCount: "REQUIRED" }],
      [{ category: null }, { category: "REQUIRED" }],
      [{ status: null }, { status: "REQUIRED" }],
      [{ memberCount: 100 }, { memberCount: "OUT_OF_RANGE" }],
      [{ phone: "12345" }, { phone: "INVALID_PHONE" }],
      [{ number: "has space" }, { number: "INVALID" }],
      [{ headName: "名".repeat(31), phone: "999" }, { headName: "TOO_LONG", phone: "INVALID_PHONE" }],
    ];
    for (const [input, fieldErrors] of cases) expectBadInput(await update(target.id, input), fieldErrors);
    expect(await get(target.id)).toEqual(before);
  });

  it("a number already used in the village is DUPLICATE; its own number is fine", async () => {
    const target = seededHousehold("PC03-008");
    const before = await get(target.id);
    expectBadInput(await update(target.id, { number: "PC03-009", headName: "不该保存" }), { number: "DUPLICATE" });
    expect(await get(target.id)).toEqual(before);
    const same = await update(target.id, { number: "PC03-008", headName: "孙同号" });
    expect(same.data!.updateHousehold).toMatchObject({ number: "PC03-008", headName: "孙同号" });
    // A number used only in another village is free here.
    const moved = await update(target.id, { number: "PC02-001" });
    expect(moved.data!.updateHousehold.number).toBe("PC02-001");
  });

  it("an unknown id is NOT_FOUND and a malformed one BAD_USER_INPUT", async () => {
    const before = await totalOf();
    expectRefused(await update("99999999", { headName: "无人" }), "NOT_FOUND");
    expectBadInput(await update("abc", { headName: "无人" }));
    expectBadInput(await update("-1", { headName: "无人" }));
    expectBadInput(await update("1.5", { headName: "无人" }));
    // Only plain digits are ids, though these would parse as numbers of existing households.
    for (const id of ["1e1", " 10", "0x0A", "+10"]) expectBadInput(await update(id, { headName: "无人" }));
    expect(await totalOf()).toBe(before);
    expect(await totalOf({ q: "无人" })).toBe(0);
  });
});

describe("archiving a household", () => {
  const archive = (id: string) => archiveHousehold(t, { id }, admin);

  it("archives: status ARCHIVED, still readable by id, gone from the default list", async () => {
    const target = seededHousehold("MB03-010");
    const before = await get(target.id);
    const total = await totalOf();
    const villageTotal = await totalOf({ villageId: target.villageId });

    const archived = (await archive(target.id)).data!.archiveHousehold;
    expect(archived.status).toBe("ARCHIVED");
    expect({ ...archived, status: before.status, updatedAt: before.updatedAt }).toEqual(before);
    expect(await get(target.id)).toEqual(archived);

    expect(await totalOf()).toBe(total - 1);
    expect(await totalOf({ villageId: target.villageId })).toBe(villageTotal - 1);
    expect(await totalOf({ q: "MB03-010" })).toBe(0);
    expect((await listAll()).items.map((h) => h.id)).not.toContain(target.id);
  });

  it("archived households are listed when asked for by status or by id", async () => {
    const target = seededHousehold("MB03-010");
    const archived = await listAll({ status: "ARCHIVED" });
    expect(archived.items.map((h) => h.id)).toEqual([target.id]);
    expect((await listAll({ ids: [target.id] })).items.map((h) => h.status)).toEqual(["ARCHIVED"]);
    expect((await listAll({ status: "ARCHIVED", q: "MB03-010" })).total).toBe(1);
    expect((await listAll({ status: "ACTIVE", q: "MB03-010" })).total).toBe(0);
  });

  it("a second archive is CONFLICT and changes nothing", async () => {
    const target = seededHousehold("MB03-010");
    const before = await get(target.id);
    const second = await archive(target.id);
    expectRefused(second, "CONFLICT");
    expect(await get(target.id)).toEqual(before);
  });

  it("a moved household can be archived too; unknown and malformed ids are refused", async () => {
    const moved = seededHousehold("PC02-017");
    expect(moved.status).toBe("MOVED");
    const movedBefore = await totalOf({ status: "MOVED" });
    expect((await archive(moved.id)).data!.archiveHousehold.status).toBe("ARCHIVED");
    expect(await totalOf({ status: "MOVED" })).toBe(movedBefore - 1);
    expectRefused(await archive("99999999"), "NOT_FOUND");
    expectBadInput(await archive("abc"));
    expect(await totalOf({ status: "ARCHIVED" })).toBe(2);
  });
});
