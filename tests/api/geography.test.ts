// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { expectBadInput, expectRefused } from "../support/assert";
import { archiveHousehold, createHousehold } from "../support/ops/households";

// Townships, villages and departments as the district admin keeps them:
// lists and filters, one by id, create and update with every refusal.

interface Township {
  id: string;
  code: string;
  name: string;
  villageCount: number;
  createdAt: string;
  updatedAt: string;
}
interface Village {
  id: string;
  townshipId: string;
  code: string;
  name: string;
  hasShop: boolean;
  publicityDays: number;
  rankingSize: number;
  householdCount: number;
  township: { id: string; code: string; name: string };
}
interface Department {
  id: string;
  code: string;
  name: string;
  kind: "DISTRICT" | "TOWNSHIP" | "SUPERVISION_OFFICE";
  townshipId: string | null;
  active: boolean;
  township: { code: string } | null;
}

const townshipFields = `id code name villageCount createdAt updatedAt`;
const villageFields = `id townshipId code name hasShop publicityDays rankingSize householdCount township { id code name }`;
const departmentFields = `id code name kind townshipId active township { code }`;

const q = {
  townships: `query ($filter: TownshipFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    townships(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ${townshipFields} } } }`,
  township: `query ($id: ID!) { township(id: $id) { ${townshipFields} } }`,
  createTownship: `mutation ($input: CreateTownshipInput!) { createTownship(input: $input) { ${townshipFields} } }`,
  updateTownship: `mutation ($id: ID!, $input: UpdateTownshipInput!) { updateTownship(id: $id, input: $input) { ${townshipFields} } }`,
  villages: `query ($filter: VillageFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    villages(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ${villageFields} } } }`,
  village: `query ($id: ID!) { village(id: $id) { ${villageFields} } }`,
  createVillage: `mutation ($input: CreateVillageInput!) { createVillage(input: $input) { ${villageFields} } }`,
  updateVillage: `mutation ($id: ID!, $input: UpdateVillageInput!) { updateVillage(id: $id, input: $input) { ${villageFields} } }`,
  departments: `query ($filter: DepartmentFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    departments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ${departmentFields} } } }`,
  department: `query ($id: ID!) { department(id: $id) { ${departmentFields} } }`,
  createDepartment: `mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { ${departmentFields} } }`,
  updateDepartment: `mutation ($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { ${departmentFields} } }`,
};

let t: TestServer;
let admin: string;

const ok = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => t.ok<T>(query, variables, admin);
const gql = (query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, admin);

type Page<T> = { total: number; items: T[] };
const townships = async (variables: Record<string, unknown> = {}) =>
  (await ok<{ townships: Page<Township> }>(q.townships, { perPage: 200, ...variables })).townships;
const villages = async (variables: Record<string, unknown> = {}) =>
  (await ok<{ villages: Page<Village> }>(q.villages, { perPage: 200, ...variables })).villages;
const departments = async (variables: Record<string, unknown> = {}) =>
  (await ok<{ departments: Page<Department> }>(q.departments, { perPage: 200, ...variables })).departments;
const codes = (rows: { code: string }[]) => rows.map((r) => r.code).sort();

async function townshipByCode(code: string) {
  const row = (await townships({ filter: { q: code } })).items.find((x) => x.code === code);
  if (!row) throw new Error(`no township ${code}`);
  return row;
}
async function villageByCode(code: string) {
  const row = (await villages({ filter: { q: code } })).items.find((x) => x.code === code);
  if (!row) throw new Error(`no village ${code}`);
  return row;
}
async function departmentByCode(code: string) {
  const row = (await departments({ filter: { q: code } })).items.find((x) => x.code === code);
  if (!row) throw new Error(`no department ${code}`);
  return row;
}

const withoutUpdatedAt = <T extends { updatedAt?: string }>({ updatedAt: _u, ...rest }: T) => rest;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin");
});
afterAll(() => t?.close());

describe("townships", () => {
  it("lists as { items total } with each township's village count", async () => {
    const page = await townships();
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(2);
    expect(page.items.map((x) => [x.code, x.name, x.villageCount]).sort()).toEqual([
      ["MB", "磨坝藏族乡", 3],
      ["PC", "蒲池乡", 3],
    ]);
    // Paging keeps the total.
    const first = await townships({ perPage: 1, sort: [{ field: "code", order: "DESC" }] });
    expect(first).toMatchObject({ total: 2, items: [{ code: "PC" }] });
  });

  it("filters by text in code or name, and by ids", async () => {
    expect(codes((await townships({ filter: { q: "蒲池" } })).items)).toEqual(["PC"]);
    expect(codes((await townships({ filter: { q: "mb" } })).items)).toEqual(["MB"]);
    expect((await townships({ filter: { q: "无此乡" } })).total).toBe(0);
    const pc = await townshipByCode("PC");
    expect(codes((await townships({ filter: { ids: [pc.id] } })).items)).toEqual(["PC"]);
    expect((await townships({ filter: { ids: [] } })).total).toBe(0);
  });

  it("reads one by id; an unknown id is NOT_FOUND, a malformed one BAD_USER_INPUT", async () => {
    const pc = await townshipByCode("PC");
    expect((await ok(q.township, { id: pc.id })).township).toEqual(pc);
    expectRefused(await gql(q.township, { id: "99999" }), "NOT_FOUND");
    expectBadInput(await gql(q.township, { id: "abc" }));
  });

  it("creates one, which starts with no villages", async () => {
    const created = (await ok(q.createTownship, { input: { code: "XS", name: "新市镇" } })).createTownship as Township;
    expect(created).toMatchObject({ code: "XS", name: "新市镇", villageCount: 0 });
    expect((await ok(q.township, { id: created.id })).township).toEqual(created);
    expect((await townships()).total).toBe(3);
  });

  it("refuses a duplicate or malformed code and a duplicate or blank name, changing nothing", async () => {
    const before = await townships();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ code: "PC", name: "另一个乡" }, { code: "DUPLICATE" }],
      [{ code: "ZZ", name: "蒲池乡" }, { name: "DUPLICATE" }],
      [{ code: "P C", name: "空格乡" }, { code: "INVALID" }],
      [{ code: "蒲池", name: "汉字码乡" }, { code: "INVALID" }],
      [{ code: "P.C", name: "点号乡" }, { code: "INVALID" }],
      [{ code: "", name: "无码乡" }, { code: "REQUIRED" }],
      [{ code: "ZZ", name: "  " }, { name: "REQUIRED" }],
      [{ code: "ZZ", name: "乡".repeat(51) }, { name: "TOO_LONG" }],
      [{ code: "P C", name: "" }, { code: "INVALID", name: "REQUIRED" }],
    ];
    for (const [input, fieldErrors] of cases) expectBadInput(await gql(q.createTownship, { input }), fieldErrors);
    expect(await townships()).toEqual(before);
  });

  it("updates the fields given and keeps the others", async () => {
    const xs = await townshipByCode("XS");
    const renamed = (await ok(q.updateTownship, { id: xs.id, input: { name: "新市乡" } })).updateTownship as Township;
    expect(withoutUpdatedAt(renamed)).toEqual({ ...withoutUpdatedAt(xs), name: "新市乡" });
    const recoded = (await ok(q.updateTownship, { id: xs.id, input: { code: "XSX" } })).updateTownship as Township;
    expect(recoded).toMatchObject({ code: "XSX", name: "新市乡" });
    expect((await ok(q.township, { id: xs.id })).township).toEqual(recoded);
  });

  it("an update that fails changes nothing", async () => {
    const before = await townships();
    const xs = await townshipByCode("XSX");
    expectBadInput(await gql(q.updateTownship, { id: xs.id, input: { code: "PC" } }), { code: "DUPLICATE" });
    expectBadInput(await gql(q.updateTownship, { id: xs.id, input: { name: "磨坝藏族乡" } }), { name: "DUPLICATE" });
    expectBadInput(await gql(q.updateTownship, { id: xs.id, input: { code: "X S", name: "改" } }), { code: "INVALID" });
    expectBadInput(await gql(q.updateTownship, { id: xs.id, input: { name: null } }), { name: "REQUIRED" });
    expectBadInput(await gql(q.updateTownship, { id: xs.id, input: { code: null } }), { code: "REQUIRED" });
    expectRefused(await gql(q.updateTownship, { id: "99999", input: { name: "无此乡" } }), "NOT_FOUND");
    expectBadInput(await gql(q.updateTownship, { id: "abc", input: { name: "无此乡" } }));
    expect(await townships()).toEqual(before);
  });
});

describe("villages", () => {
  it("lists as { items total } with township and household counts", async () => {
    const page = await villages({ sort: [{ field: "code" }] });
    expect(page.total).toBe(6);
    expect(page.items.map((v) => [v.code, v.name, v.township.code, v.householdCount, v.hasShop, v.publicityDays])).toEqual([
      ["MB01", "磨坝村", "MB", 33, true, 5],
      ["MB02", "上寨村", "MB", 35, true, 0], // two MOVED households still count
      ["MB03", "高山村", "MB", 31, false, 0],
      ["PC01", "石门村", "PC", 34, true, 3],
      ["PC02", "青龙村", "PC", 31, true, 3],
      ["PC03", "白鹤村", "PC", 36, true, 0],
    ]);
    for (const v of page.items) expect(v.township.id).toBe(v.townshipId);
  });

  it("household counts agree with the household list", async () => {
    for (const v of (await villages()).items) {
      const listed = await ok(`query ($id: ID!) { households(filter: { villageId: $id }, perPage: 1) { total } }`, { id: v.id });
      expect(listed.households.total, v.code).toBe(v.householdCount);
    }
  });

  it("filters by township, shop and text, and by several at once", async () => {
    const pc = await townshipByCode("PC");
    const mb = await townshipByCode("MB");
    expect(codes((await villages({ filter: { townshipId: pc.id } })).items)).toEqual(["PC01", "PC02", "PC03"]);
    expect(codes((await villages({ filter: { townshipId: mb.id } })).items)).toEqual(["MB01", "MB02", "MB03"]);
    expect(codes((await villages({ filter: { hasShop: false } })).items)).toEqual(["MB03"]);
    expect((await villages({ filter: { hasShop: true } })).total).toBe(5);
    expect(codes((await villages({ filter: { q: "石门" } })).items)).toEqual(["PC01"]);
    expect(codes((await villages({ filter: { q: "pc0" } })).items)).toEqual(["PC01", "PC02", "PC03"]);
    expect((await villages({ filter: { q: "无此村" } })).total).toBe(0);
    expect((await villages({ filter: { townshipId: pc.id, hasShop: false } })).total).toBe(0);
    expect(codes((await villages({ filter: { townshipId: mb.id, q: "寨" } })).items)).toEqual(["MB02"]);
    expect((await villages({ filter: { townshipId: "99999" } })).total).toBe(0);
  });

  it("reads one by id; an unknown id is NOT_FOUND, a malformed one BAD_USER_INPUT", async () => {
    const pc01 = await villageByCode("PC01");
    expect((await ok(q.village, { id: pc01.id })).village).toEqual(pc01);
    expectRefused(await gql(q.village, { id: "99999" }), "NOT_FOUND");
    expectBadInput(await gql(q.village, { id: "x1" }));
  });

  it("creates one with defaults (shop, no publicity) and counts it in its township", async () => {
    const xs = await townshipByCode("XSX");
    expect(xs.villageCount).toBe(0);
    const created = (await ok(q.createVillage, { input: { townshipId: xs.id, code: "XS01", name: "新村" } })).createVillage as Village;
    expect(created).toMatchObject({ townshipId: xs.id, code: "XS01", name: "新村", hasShop: true, publicityDays: 0, rankingSize: 10, householdCount: 0 });
    expect(created.township).toMatchObject({ id: xs.id, code: "XSX" });
    const explicit = (
      await ok(q.createVillage, { input: { townshipId: xs.id, code: "XS02", name: "远村", hasShop: false, publicityDays: 30, rankingSize: 50 } })
    ).createVillage;
    expect(explicit).toMatchObject({ hasShop: false, publicityDays: 30, rankingSize: 50 });
    expect((await townshipByCode("XSX")).villageCount).toBe(2);
    expect((await townshipByCode("PC")).villageCount).toBe(3);
    // The same name in another township is a different village.
    const samename = (await ok(q.createVillage, { input: { townshipId: xs.id, code: "XS03", name: "石门村" } })).createVillage;
    expect(samename.name).toBe("石门村");
    expect((await villages()).total).toBe(9);
  });

  it("refuses bad input, changing nothing", async () => {
    const before = await villages();
    const xs = await townshipByCode("XSX");
    const pc = await townshipByCode("PC");
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ townshipId: xs.id, code: "PC01", name: "重码村" }, { code: "DUPLICATE" }],
      [{ townshipId: pc.id, code: "PC09", name: "石门村" }, { name: "DUPLICATE" }],
      [{ townshipId: xs.id, code: "XS 9", name: "空格村" }, { code: "INVALID" }],
      [{ townshipId: xs.id, code: "XS09", name: "" }, { name: "REQUIRED" }],
      [{ townshipId: xs.id, code: "XS09", name: "久村", publicityDays: 31 }, { publicityDays: "OUT_OF_RANGE" }],
      [{ townshipId: xs.id, code: "XS09", name: "久村", publicityDays: -1 }, { publicityDays: "OUT_OF_RANGE" }],
      [{ townshipId: xs.id, code: "XS09", name: "榜村", rankingSize: 0 }, { rankingSize: "OUT_OF_RANGE" }],
      [{ townshipId: xs.id, code: "XS09", name: "榜村", rankingSize: 51 }, { rankingSize: "OUT_OF_RANGE" }],
      [{ townshipId: "99999", code: "XS09", name: "孤村" }, { townshipId: "NOT_FOUND" }],
      [{ townshipId: xs.id, code: "X X", name: " ", publicityDays: 99 }, { code: "INVALID", name: "REQUIRED", publicityDays: "OUT_OF_RANGE" }],
    ];
    for (const [input, fieldErrors] of cases) expectBadInput(await gql(q.createVillage, { input }), fieldErrors);
    expectBadInput(await gql(q.createVillage, { input: { townshipId: "abc", code: "XS09", name: "孤村" } }));
    expectBadInput(await gql(q.createVillage, { input: { townshipId: xs.id, code: "XS09", name: "孤村", publicityDays: "x" } }));
    expect(await villages()).toEqual(before);
    expect((await townshipByCode("XSX")).villageCount).toBe(3);
  });

  it("updates the fields given and keeps the others", async () => {
    const xs02 = await villageByCode("XS02");
    expect(xs02.hasShop).toBe(false);
    const days = (await ok(q.updateVillage, { id: xs02.id, input: { publicityDays: 7 } })).updateVillage as Village;
    expect(days).toEqual({ ...xs02, publicityDays: 7 });
    const shop = (await ok(q.updateVillage, { id: xs02.id, input: { hasShop: true } })).updateVillage as Village;
    expect(shop).toEqual({ ...xs02, hasShop: true, publicityDays: 7 });
    expect((await ok(q.village, { id: xs02.id })).village).toEqual(shop);
    const board = (await ok(q.updateVillage, { id: xs02.id, input: { rankingSize: 1 } })).updateVillage as Village;
    expect(board).toEqual({ ...shop, rankingSize: 1 });
    await ok(q.updateVillage, { id: xs02.id, input: { rankingSize: 50 } });
    const renamed = (await ok(q.updateVillage, { id: xs02.id, input: { name: "远山村", code: "XS22" } })).updateVillage;
    expect(renamed).toMatchObject({ name: "远山村", code: "XS22", hasShop: true, publicityDays: 7 });
    // Now found by its new state.
    expect(codes((await villages({ filter: { hasShop: false } })).items)).toEqual(["MB03"]);
    expect(codes((await villages({ filter: { q: "远山" } })).items)).toEqual(["XS22"]);
  });

  it("an update that fails changes nothing", async () => {
    const before = await villages();
    const xs01 = await villageByCode("XS01");
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ publicityDays: 31 }, { publicityDays: "OUT_OF_RANGE" }],
      [{ publicityDays: null }, { publicityDays: "REQUIRED" }],
      [{ rankingSize: 0 }, { rankingSize: "OUT_OF_RANGE" }],
      [{ rankingSize: 51 }, { rankingSize: "OUT_OF_RANGE" }],
      [{ rankingSize: -3, publicityDays: 40 }, { rankingSize: "OUT_OF_RANGE", publicityDays: "OUT_OF_RANGE" }],
      [{ rankingSize: null }, { rankingSize: "REQUIRED" }],
      [{ code: "MB01" }, { code: "DUPLICATE" }],
      [{ name: "远山村" }, { name: "DUPLICATE" }],
      [{ code: "x y" }, { code: "INVALID" }],
      [{ name: null }, { name: "REQUIRED" }],
    ];
    for (const [input, fieldErrors] of cases) expectBadInput(await gql(q.updateVillage, { id: xs01.id, input }), fieldErrors);
    expectRefused(await gql(q.updateVillage, { id: "99999", input: { name: "无此村" } }), "NOT_FOUND");
    expectBadInput(await gql(q.updateVillage, { id: "abc", input: { name: "无此村" } }));
    expect(await villages()).toEqual(before);
  });

  it("household counts follow households created and archived (archived ones are not counted)", async () => {
    const xs01 = await villageByCode("XS01");
    const pc01 = await villageByCode("PC01");
    const created = await createHousehold.ok(t, { villageId: xs01.id, number: "XS01-001", headName: "首户", memberCount: 2 }, admin);
    expect((await villageByCode("XS01")).householdCount).toBe(1);

    const pc01first = await ok(`query ($id: ID!) { households(filter: { villageId: $id, q: "PC01-001" }) { items { id } } }`, { id: pc01.id });
    await archiveHousehold.ok(t, { id: pc01first.households.items[0].id }, admin);
    await archiveHousehold.ok(t, { id: created.id }, admin);
    expect((await villageByCode("PC01")).householdCount).toBe(pc01.householdCount - 1);
    expect((await villageByCode("XS01")).householdCount).toBe(0);
    // The same in a list of villages as by id.
    const byId = (await ok(q.village, { id: pc01.id })).village as Village;
    expect(byId.householdCount).toBe(33);
  });
});

describe("departments", () => {
  it("lists as { items total }, township units naming their township", async () => {
    const page = await departments({ sort: [{ field: "code" }] });
    expect(page.total).toBe(8);
    expect(page.items).toHaveLength(8);
    expect(page.items.every((d) => d.active)).toBe(true);
    for (const d of page.items) {
      if (d.kind === "TOWNSHIP") expect(d.township, d.code).not.toBeNull();
      else expect([d.townshipId, d.township], d.code).toEqual([null, null]);
    }
    expect((await departmentByCode("PC-NYFW")).township).toEqual({ code: "PC" });
  });

  it("filters by kind, township, active and text", async () => {
    expect((await departments({ filter: { kind: "DISTRICT" } })).total).toBe(5);
    expect(codes((await departments({ filter: { kind: "TOWNSHIP" } })).items)).toEqual(["MB-SHSW", "PC-NYFW"]);
    expect(codes((await departments({ filter: { kind: "SUPERVISION_OFFICE" } })).items)).toEqual(["QWDCS"]);
    const pc = await townshipByCode("PC");
    expect(codes((await departments({ filter: { townshipId: pc.id } })).items)).toEqual(["PC-NYFW"]);
    expect((await departments({ filter: { active: true } })).total).toBe(8);
    expect((await departments({ filter: { active: false } })).total).toBe(0);
    expect(codes((await departments({ filter: { q: "民政" } })).items)).toEqual(["MZJ"]);
    expect(codes((await departments({ filter: { q: "pc-" } })).items)).toEqual(["PC-NYFW"]);
    expect(codes((await departments({ filter: { q: "局", kind: "DISTRICT" } })).items)).toEqual(["JTYSJ", "MZJ", "NYNCJ", "STHJJ", "ZJJ"]);
    expect((await departments({ filter: { kind: "DISTRICT", townshipId: pc.id } })).total).toBe(0);
  });

  it("reads one by id; an unknown id is NOT_FOUND, a malformed one BAD_USER_INPUT", async () => {
    const mzj = await departmentByCode("MZJ");
    expect((await ok(q.department, { id: mzj.id })).department).toEqual(mzj);
    expectRefused(await gql(q.department, { id: "99999" }), "NOT_FOUND");
    expectBadInput(await gql(q.department, { id: "abc" }));
  });

  it("creates district, township and supervision units", async () => {
    const pc = await townshipByCode("PC");
    const district = (await ok(q.createDepartment, { input: { code: "WJJ", name: "区卫生健康局", kind: "DISTRICT" } })).createDepartment;
    expect(district).toMatchObject({ code: "WJJ", kind: "DISTRICT", townshipId: null, active: true, township: null });
    const unit = (
      await ok(q.createDepartment, { input: { code: "PC-SHSW", name: "蒲池乡社会事务服务中心", kind: "TOWNSHIP", townshipId: pc.id } })
    ).createDepartment;
    expect(unit).toMatchObject({ kind: "TOWNSHIP", townshipId: pc.id, township: { code: "PC" } });
    const office = (await ok(q.createDepartment, { input: { code: "ZFDCS", name: "区政府督查室", kind: "SUPERVISION_OFFICE" } }))
      .createDepartment;
    expect(office.kind).toBe("SUPERVISION_OFFICE");
    expect((await departments()).total).toBe(11);
    expect(codes((await departments({ filter: { townshipId: pc.id } })).items)).toEqual(["PC-NYFW", "PC-SHSW"]);
  });

  it("refuses bad input, changing nothing", async () => {
    const before = await departments();
    const pc = await townshipByCode("PC");
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ code: "X1", name: "无乡单位", kind: "TOWNSHIP" }, { townshipId: "REQUIRED" }],
      [{ code: "X1", name: "带乡的局", kind: "DISTRICT", townshipId: pc.id }, { townshipId: "INVALID" }],
      [{ code: "X1", name: "带乡的督查室", kind: "SUPERVISION_OFFICE", townshipId: pc.id }, { townshipId: "INVALID" }],
      [{ code: "X1", name: "孤乡单位", kind: "TOWNSHIP", townshipId: "99999" }, { townshipId: "NOT_FOUND" }],
      [{ code: "MZJ", name: "重码局", kind: "DISTRICT" }, { code: "DUPLICATE" }],
      [{ code: "X1", name: "区民政局", kind: "DISTRICT" }, { name: "DUPLICATE" }],
      [{ code: "X 1", name: "空格局", kind: "DISTRICT" }, { code: "INVALID" }],
      [{ code: "X1", name: "", kind: "DISTRICT" }, { name: "REQUIRED" }],
    ];
    for (const [input, fieldErrors] of cases) expectBadInput(await gql(q.createDepartment, { input }), fieldErrors);
    expectBadInput(await gql(q.createDepartment, { input: { code: "X1", name: "怪局", kind: "CITY" } }));
    expect(await departments()).toEqual(before);
  });

  it("updates the fields given; deactivated units are found by active: false", async () => {
    const wjj = await departmentByCode("WJJ");
    const off = (await ok(q.updateDepartment, { id: wjj.id, input: { active: false } })).updateDepartment;
    expect(off).toEqual({ ...wjj, active: false });
    expect(codes((await departments({ filter: { active: false } })).items)).toEqual(["WJJ"]);
    expect((await departments({ filter: { active: true } })).total).toBe(10);
    const renamed = (await ok(q.updateDepartment, { id: wjj.id, input: { name: "区卫健局" } })).updateDepartment;
    expect(renamed).toEqual({ ...wjj, active: false, name: "区卫健局" });
  });

  it("moves between kinds only with a township that fits", async () => {
    const pc = await townshipByCode("PC");
    const mb = await townshipByCode("MB");
    const unit = await departmentByCode("PC-SHSW");
    // A township unit moved to another township.
    const moved = (await ok(q.updateDepartment, { id: unit.id, input: { townshipId: mb.id } })).updateDepartment;
    expect(moved).toMatchObject({ townshipId: mb.id, township: { code: "MB" } });
    // Becoming a district department means dropping the township, in the same update.
    const district = (await ok(q.updateDepartment, { id: unit.id, input: { kind: "DISTRICT", townshipId: null } })).updateDepartment;
    expect(district).toMatchObject({ kind: "DISTRICT", townshipId: null, township: null });
    // And back again, with a township.
    const back = (await ok(q.updateDepartment, { id: unit.id, input: { kind: "TOWNSHIP", townshipId: pc.id } })).updateDepartment;
    expect(back).toMatchObject({ kind: "TOWNSHIP", townshipId: pc.id });
  });

  it("an update that fails changes nothing", async () => {
    const before = await departments();
    const unit = await departmentByCode("PC-SHSW");
    const mzj = await departmentByCode("MZJ");
    const cases: [string, Record<string, unknown>, Record<string, string>][] = [
      [unit.id, { townshipId: null }, { townshipId: "REQUIRED" }],
      [unit.id, { kind: "DISTRICT" }, { townshipId: "INVALID" }],
      [unit.id, { townshipId: "99999" }, { townshipId: "NOT_FOUND" }],
      [mzj.id, { kind: "TOWNSHIP" }, { townshipId: "REQUIRED" }],
      [mzj.id, { townshipId: unit.townshipId }, { townshipId: "INVALID" }],
      [mzj.id, { code: "ZJJ" }, { code: "DUPLICATE" }],
      [mzj.id, { name: "区交通运输局" }, { name: "DUPLICATE" }],
      [mzj.id, { code: "M Z J" }, { code: "INVALID" }],
      [mzj.id, { name: null }, { name: "REQUIRED" }],
      [mzj.id, { kind: null }, { kind: "REQUIRED" }],
      [mzj.id, { active: null }, { active: "REQUIRED" }],
    ];
    for (const [id, input, fieldErrors] of cases) expectBadInput(await gql(q.updateDepartment, { id, input }), fieldErrors);
    expectRefused(await gql(q.updateDepartment, { id: "99999", input: { name: "无此局" } }), "NOT_FOUND");
    expectBadInput(await gql(q.updateDepartment, { id: "abc", input: { name: "无此局" } }));
    expect(await departments()).toEqual(before);
  });
});
