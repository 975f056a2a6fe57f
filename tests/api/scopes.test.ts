// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { expectRefused } from "../support/assert";
import { newUserToken } from "../support/ops/users";
import {
  archiveHousehold,
  createHousehold,
  household,
  households,
  updateHousehold,
  type Household as HouseholdRow,
} from "../support/ops/households";

// The role × operation matrix over HTTP: who sees which households, who keeps
// them, who sees whole phone numbers, who changes the geography.

type Username = "admin" | "district" | "township" | "village" | "dept" | "resident";
const usernames: readonly Username[] = ["admin", "district", "township", "village", "dept", "resident"];

interface VillageRow {
  id: string;
  code: string;
  name: string;
  townshipId: string;
}
interface TownshipRow {
  id: string;
  code: string;
  name: string;
}

const fullMobile = /^1\d{10}$/;
const masked = /^\d{3}\*{4}\d{4}$/;

let t: TestServer;
const tokens = {} as Record<Username, string>;
let townships: TownshipRow[];
let villages: VillageRow[];
/** Every household as the admin sees it at the start, keyed by number. */
let all: HouseholdRow[];

const byNumber = (number: string) => {
  const row = all.find((h) => h.number === number);
  if (!row) throw new Error(`no household ${number}`);
  return row;
};
const villageOf = (code: string) => {
  const row = villages.find((v) => v.code === code);
  if (!row) throw new Error(`no village ${code}`);
  return row;
};
const townshipOf = (code: string) => {
  const row = townships.find((v) => v.code === code);
  if (!row) throw new Error(`no township ${code}`);
  return row;
};

/** Every page of a household list as one user sees it. */
async function listAll(token: string | undefined, filter: Record<string, unknown> = {}) {
  const items: HouseholdRow[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const data = await households.ok(t, { filter, page, perPage: 200 }, token);
    total = data.total;
    items.push(...data.items);
    if (data.items.length < 200) break;
  }
  return { total, items };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

beforeAll(async () => {
  t = await startTestServer();
  await Promise.all(
    usernames.map(async (u) => {
      tokens[u] = await t.login(u);
    }),
  );
  const geo = await t.ok<{ townships: { items: TownshipRow[] }; villages: { items: VillageRow[] } }>(
    `{ townships(perPage: 200) { items { id code name } } villages(perPage: 200) { items { id code name townshipId } } }`,
    {},
    tokens.admin,
  );
  townships = geo.townships.items;
  villages = geo.villages.items;
  all = (await listAll(tokens.admin)).items;
});
afterAll(() => t?.close());

describe("households list by role", () => {
  it("the district admin and district staff see every household of the district", async () => {
    expect(all).toHaveLength(200);
    const admin = await listAll(tokens.admin);
    const district = await listAll(tokens.district);
    expect(admin.total).toBe(200);
    expect(district.total).toBe(200);
    expect(ids(district.items)).toEqual(ids(all));
    // Both townships and all six villages are represented.
    expect(new Set(all.map((h) => h.villageId)).size).toBe(6);
  });

  it("township staff see only the households of their township's villages", async () => {
    const pc = townshipOf("PC");
    const pcVillageIds = new Set(villages.filter((v) => v.townshipId === pc.id).map((v) => v.id));
    expect(pcVillageIds.size).toBe(3);
    const expected = all.filter((h) => pcVillageIds.has(h.villageId));
    expect(expected).toHaveLength(34 + 31 + 36);

    const seen = await listAll(tokens.township);
    expect(seen.total).toBe(expected.length);
    expect(ids(seen.items)).toEqual(ids(expected));
    expect(seen.items.every((h) => pcVillageIds.has(h.villageId))).toBe(true);
  });

  it("a village committee sees only its own village's households", async () => {
    const pc01 = villageOf("PC01");
    const seen = await listAll(tokens.village);
    expect(seen.total).toBe(34);
    expect(ids(seen.items)).toEqual(ids(all.filter((h) => h.villageId === pc01.id)));
    expect(seen.items.every((h) => h.number.startsWith("PC01-"))).toBe(true);
  });

  it("a resident sees exactly its own household", async () => {
    const seen = await listAll(tokens.resident);
    expect(seen.total).toBe(1);
    expect(seen.items.map((h) => h.number)).toEqual(["PC01-001"]);
    expect(seen.items[0]!.id).toBe(byNumber("PC01-001").id);
  });

  it("department staff may not list households at all", async () => {
    expectRefused(await households(t, {}, tokens.dept), "FORBIDDEN");
  });

  it("without a token (or with a forged one) the list asks to log in", async () => {
    expectRefused(await households(t, {}), "UNAUTHENTICATED");
    expectRefused(await households(t, {}, "not-a-real-token"), "UNAUTHENTICATED");
  });

  it("filtering to a place outside one's scope returns nothing, not others' data", async () => {
    const pc02 = villageOf("PC02");
    const mb01 = villageOf("MB01");
    const mb = townshipOf("MB");
    const cases: [Username, Record<string, unknown>][] = [
      ["village", { villageId: pc02.id }],
      ["village", { townshipId: mb.id }],
      ["village", { ids: [byNumber("PC02-001").id, byNumber("MB01-001").id] }],
      ["village", { q: "PC02" }],
      ["village", { status: "MOVED" }], // the only MOVED households live in PC02 and MB02
      ["township", { villageId: mb01.id }],
      ["township", { townshipId: mb.id }],
      ["township", { ids: [byNumber("MB02-009").id] }],
      ["resident", { villageId: pc02.id }],
      ["resident", { ids: [byNumber("PC01-002").id] }],
    ];
    for (const [user, filter] of cases) {
      const data = await households.ok(t, { filter }, tokens[user]);
      expect(data, `${user} ${JSON.stringify(filter)}`).toEqual({ total: 0, items: [] });
    }
    // The same filters do find rows for the admin, so the zeros above are the scope's doing.
    expect((await households.ok(t, { filter: { villageId: pc02.id } }, tokens.admin)).total).toBe(31);
    expect((await households.ok(t, { filter: { status: "MOVED" } }, tokens.admin)).total).toBe(3);
    // Within scope, a filter narrows as usual.
    const own = await households.ok(t, { filter: { villageId: villageOf("PC01").id, q: "PC01-00" } }, tokens.village);
    expect(own.total).toBe(9);
  });
});

describe("one household by id", () => {
  it("out of scope is NOT_FOUND, exactly like an id that does not exist", async () => {
    const cases: [Username, string][] = [
      ["village", "PC02-001"],
      ["village", "MB01-001"],
      ["township", "MB01-001"],
      ["township", "MB03-031"],
      ["resident", "PC01-002"],
      ["resident", "MB02-035"],
    ];
    for (const [user, number] of cases) {
      const outOfScope = await household(t, { id: byNumber(number).id }, tokens[user]);
      const missing = await household(t, { id: "99999999" }, tokens[user]);
      expectRefused(outOfScope, "NOT_FOUND");
      expectRefused(missing, "NOT_FOUND");
      // Nothing but the id tells the two apart.
      const strip = (r: GraphQLResult) => {
        const e = r.errors![0]!;
        const id = String(e.extensions.id);
        return { message: e.message.replace(id, "<id>"), extensions: { ...e.extensions, id: "<id>" } };
      };
      expect(strip(outOfScope), `${user} ${number}`).toEqual(strip(missing));
    }
  });

  it("in scope it is read", async () => {
    const cases: [Username, string][] = [
      ["admin", "MB03-031"],
      ["district", "MB01-001"],
      ["township", "PC03-036"],
      ["village", "PC01-034"],
      ["resident", "PC01-001"],
    ];
    for (const [user, number] of cases) {
      const data = await household.ok(t, { id: byNumber(number).id }, tokens[user]);
      expect(data.number, user).toBe(number);
      expect(data.headName).toBe(byNumber(number).headName);
    }
  });

  it("two committees of different villages, asking in turn, each read their own and not the other's (kept statements are per scope)", async () => {
    const other = await newUserToken(t, tokens.admin, { username: "pc02-committee", password: "committee-pass-1", role: "VILLAGE_COMMITTEE", villageId: villageOf("PC02").id });
    for (let round = 0; round < 2; round++) {
      expect((await household.ok(t, { id: byNumber("PC01-001").id }, tokens.village)).number).toBe("PC01-001");
      expectRefused(await household(t, { id: byNumber("PC01-001").id }, other), "NOT_FOUND");
      expect((await household.ok(t, { id: byNumber("PC02-001").id }, other)).number).toBe("PC02-001");
      expectRefused(await household(t, { id: byNumber("PC02-001").id }, tokens.village), "NOT_FOUND");
    }
  });

  it("department staff are refused and anonymous callers asked to log in", async () => {
    expectRefused(await household(t, { id: byNumber("PC01-001").id }, tokens.dept), "FORBIDDEN");
    expectRefused(await household(t, { id: byNumber("PC01-001").id }), "UNAUTHENTICATED");
  });
});

describe("keeping households", () => {
  const newHousehold = (villageId: string, number: string) => ({
    villageId,
    number,
    headName: "测试户主",
    memberCount: 3,
    phone: "13900001111",
    address: "测试地址1号",
  });
  const read = async (number: string) => household.ok(t, { id: byNumber(number).id }, tokens.admin);
  const totalOf = async (villageId: string) =>
    (await households.ok(t, { filter: { villageId }, perPage: 1 }, tokens.admin)).total as number;

  it("the district admin creates, updates and archives anywhere", async () => {
    const mb02 = villageOf("MB02");
    const created = await createHousehold.ok(t, newHousehold(mb02.id, "MB02-901"), tokens.admin);
    expect(created).toMatchObject({ villageId: mb02.id, number: "MB02-901", status: "ACTIVE" });
    const updated = await updateHousehold.ok(t, { id: created.id, input: { memberCount: 5 } }, tokens.admin);
    expect(updated.memberCount).toBe(5);
    const archived = await archiveHousehold.ok(t, { id: created.id }, tokens.admin);
    expect(archived.status).toBe("ARCHIVED");
    // And a seeded household of another township.
    const pc03 = byNumber("PC03-002");
    const changed = await updateHousehold.ok(t, { id: pc03.id, input: { address: "白鹤村新址" } }, tokens.admin);
    expect(changed.address).toBe("白鹤村新址");
  });

  it("a village committee keeps the households of its own village", async () => {
    const pc01 = villageOf("PC01");
    const created = await createHousehold.ok(t, newHousehold(pc01.id, "PC01-901"), tokens.village);
    expect(created).toMatchObject({ villageId: pc01.id, number: "PC01-901", phone: "13900001111" });
    const own = byNumber("PC01-010");
    const updated = await updateHousehold.ok(t, { id: own.id, input: { headName: "改名户主" } }, tokens.village);
    expect(updated.headName).toBe("改名户主");
    const archived = await archiveHousehold.ok(t, { id: created.id }, tokens.village);
    expect(archived.status).toBe("ARCHIVED");
  });

  it("a village committee may not create in another village: FORBIDDEN, and nothing is created", async () => {
    const pc02 = villageOf("PC02");
    const before = await totalOf(pc02.id);
    expectRefused(await createHousehold(t, newHousehold(pc02.id, "PC02-901"), tokens.village), "FORBIDDEN");
    expect(await totalOf(pc02.id)).toBe(before);
    const search = await households.ok(t, { filter: { q: "PC02-901" } }, tokens.admin);
    expect(search.total).toBe(0);
  });

  it("a village committee cannot see, so cannot update or archive, another village's household: NOT_FOUND", async () => {
    const other = byNumber("PC02-003");
    const before = await read("PC02-003");
    expectRefused(await updateHousehold(t, { id: other.id, input: { headName: "篡改" } }, tokens.village), "NOT_FOUND");
    expectRefused(await archiveHousehold(t, { id: other.id }, tokens.village), "NOT_FOUND");
    expect(await read("PC02-003")).toEqual(before);
    expect(before.status).toBe("ACTIVE");
  });

  it("district staff, township staff, department staff and residents may not keep households", async () => {
    const pc01 = villageOf("PC01");
    const target = byNumber("PC01-001"); // the resident's own household, in everyone's sight but dept's
    const before = await read("PC01-001");
    const totalBefore = await totalOf(pc01.id);
    for (const user of ["district", "township", "dept", "resident"] as const) {
      expectRefused(await createHousehold(t, newHousehold(pc01.id, "PC01-950"), tokens[user]), "FORBIDDEN");
      expectRefused(
        await updateHousehold(t, { id: target.id, input: { headName: "篡改", phone: null } }, tokens[user]),
        "FORBIDDEN",
      );
      expectRefused(await archiveHousehold(t, { id: target.id }, tokens[user]), "FORBIDDEN");
    }
    expect(await read("PC01-001")).toEqual(before);
    expect(await totalOf(pc01.id)).toBe(totalBefore);
  });

  it("without a token every change asks to log in and changes nothing", async () => {
    const target = byNumber("PC01-002");
    const before = await read("PC01-002");
    expectRefused(await createHousehold(t, newHousehold(villageOf("PC01").id, "PC01-960")), "UNAUTHENTICATED");
    expectRefused(await updateHousehold(t, { id: target.id, input: { headName: "篡改" } }), "UNAUTHENTICATED");
    expectRefused(await archiveHousehold(t, { id: target.id }), "UNAUTHENTICATED");
    expect(await read("PC01-002")).toEqual(before);
  });
});

describe("phone numbers", () => {
  const phoneQuery = `query ($id: ID!) { household(id: $id) { phone } }`;

  it("are whole for the admin, the household's own committee and the household itself", async () => {
    const own = byNumber("PC01-001");
    expect(own.phone).toMatch(fullMobile);
    for (const user of ["admin", "village", "resident"] as const) {
      const data = await t.ok(phoneQuery, { id: own.id }, tokens[user]);
      expect(data.household.phone, user).toBe(own.phone);
    }
  });

  it("are masked like 138****5678 for district and township staff", async () => {
    const own = byNumber("PC01-001");
    const expected = `${own.phone!.slice(0, 3)}****${own.phone!.slice(7)}`;
    for (const user of ["district", "township"] as const) {
      const data = await t.ok(phoneQuery, { id: own.id }, tokens[user]);
      expect(data.household.phone, user).toMatch(masked);
      expect(data.household.phone).toBe(expected);
    }
  });

  it("are masked in every row of a list for district and township staff, whole for the admin and the committee", async () => {
    const withPhone = (rows: HouseholdRow[]) => rows.filter((h) => h.phone !== null);
    const district = withPhone((await listAll(tokens.district)).items);
    const township = withPhone((await listAll(tokens.township)).items);
    const village = withPhone((await listAll(tokens.village)).items);
    const admin = withPhone((await listAll(tokens.admin)).items);
    expect(district.length).toBeGreaterThan(150);
    expect(township.length).toBeGreaterThan(80);
    for (const h of [...district, ...township]) expect(h.phone, h.number).toMatch(masked);
    for (const h of [...admin, ...village]) expect(h.phone, h.number).toMatch(fullMobile);
    // A household without a phone shows none to anyone.
    const none = all.find((h) => h.phone === null);
    expect(none).toBeDefined();
    expect((await t.ok(phoneQuery, { id: none!.id }, tokens.district)).household.phone).toBeNull();
  });

  it("a committee never gets another village's phone: the household itself is NOT_FOUND", async () => {
    // Whole phones never reach a committee from another village: the row is not visible.
    const other = byNumber("PC02-002");
    expectRefused(await t.gql(phoneQuery, { id: other.id }, tokens.village), "NOT_FOUND");
  });

  it("finding a household by its whole phone works only for those who see whole phones", async () => {
    const own = byNumber("PC01-001");
    const phone = own.phone!;
    for (const user of ["admin", "village", "resident"] as const) {
      const data = await households.ok(t, { filter: { q: phone } }, tokens[user]);
      expect(data.items.map((h: HouseholdRow) => h.number), user).toEqual(["PC01-001"]);
    }
    for (const user of ["district", "township"] as const) {
      const data = await households.ok(t, { filter: { q: phone } }, tokens[user]);
      expect(data, user).toEqual({ total: 0, items: [] });
      // Nor by the hidden middle digits, which would reveal them one guess at a time.
      const hidden = await households.ok(t, { filter: { q: phone.slice(3, 7) } }, tokens[user]);
      expect(hidden.items.map((h: HouseholdRow) => h.number), user).not.toContain("PC01-001");
      // Nor by the masked text itself.
      const maskedText = await households.ok(t, { filter: { q: `${phone.slice(0, 3)}****` } }, tokens[user]);
      expect(maskedText.total, user).toBe(0);
    }
    // The admin does find it by those middle digits, so the refusal above is about the phone.
    const admin = await households.ok(t, { filter: { q: phone.slice(3, 7) }, perPage: 200 }, tokens.admin);
    expect(admin.items.map((h: HouseholdRow) => h.number)).toContain("PC01-001");
  });
});

describe("nested fields", () => {
  const nested = `query ($id: ID!) { household(id: $id) { number village { name code township { name code } } } }`;

  it("a household names its village and township for every role that sees it", async () => {
    const own = byNumber("PC01-001");
    for (const user of ["admin", "district", "township", "village", "resident"] as const) {
      const data = await t.ok(nested, { id: own.id }, tokens[user]);
      expect(data.household, user).toEqual({
        number: "PC01-001",
        village: { name: "石门村", code: "PC01", township: { name: "蒲池乡", code: "PC" } },
      });
    }
    const far = await t.ok(nested, { id: byNumber("MB01-001").id }, tokens.admin);
    expect(far.household.village).toEqual({ name: "磨坝村", code: "MB01", township: { name: "磨坝藏族乡", code: "MB" } });
  });

  it("a full page of households loads with each one's village and township", async () => {
    const data = await t.ok(
      `{ households(perPage: 200) { total items { number villageId village { id code township { code } } } } }`,
      {},
      tokens.admin,
    );
    expect(data.households.items.length).toBeGreaterThanOrEqual(199);
    for (const h of data.households.items) {
      expect(h.village.id).toBe(h.villageId);
      if (/^[A-Z]{2}\d{2}-\d{3}$/.test(h.number)) expect(h.number.startsWith(`${h.village.code}-`), h.number).toBe(true);
      expect(h.village.code.startsWith(h.village.township.code)).toBe(true);
    }
  });

  it("nested fields of a page keep the scope and the masking of the reader", async () => {
    const data = await t.ok(
      `{ households(perPage: 200) { total items { phone village { code township { code } } } } }`,
      {},
      tokens.township,
    );
    // PC01-901 was created and archived above, so the township still has 34 + 31 + 36.
    expect(data.households.total).toBe(101);
    for (const h of data.households.items) {
      expect(h.village.township.code).toBe("PC");
      if (h.phone !== null) expect(h.phone).toMatch(masked);
    }
  });
});

describe("geography", () => {
  const lists = `{
    townships { total items { id code name villageCount } }
    villages(perPage: 50) { total items { id code name township { code } } }
    departments(perPage: 50) { total items { id code name kind } }
  }`;

  it("every logged-in role lists townships, villages and departments", async () => {
    for (const user of usernames) {
      const data = await t.ok(lists, {}, tokens[user]);
      expect(data.townships.total, user).toBe(2);
      expect(data.townships.items.map((x: TownshipRow) => x.code).sort()).toEqual(["MB", "PC"]);
      expect(data.villages.total, user).toBe(6);
      expect(data.villages.items).toHaveLength(6);
      expect(data.departments.total, user).toBe(8);
      expect(data.departments.items).toHaveLength(8);
    }
  });

  it("each logged-in role reads one township, village and department by id", async () => {
    const pc01 = villageOf("PC01");
    for (const user of usernames) {
      const data = await t.ok(
        `query ($t: ID!, $v: ID!) { township(id: $t) { name } village(id: $v) { name } departments(perPage: 1) { items { id } } }`,
        { t: pc01.townshipId, v: pc01.id },
        tokens[user],
      );
      expect(data.township.name, user).toBe("蒲池乡");
      expect(data.village.name).toBe("石门村");
    }
  });

  it("anonymous callers are asked to log in", async () => {
    for (const query of [`{ townships { total } }`, `{ villages { total } }`, `{ departments { total } }`]) {
      expectRefused(await t.gql(query), "UNAUTHENTICATED");
    }
  });

  it("only the district admin creates or changes townships, villages and departments", async () => {
    const pc = townshipOf("PC");
    const pc01 = villageOf("PC01");
    const dept = (await t.ok(`{ departments(filter: { q: "MZJ" }) { items { id } } }`, {}, tokens.admin)).departments.items[0].id;
    const operations: [string, Record<string, unknown>][] = [
      [`mutation ($input: CreateTownshipInput!) { createTownship(input: $input) { id } }`, { input: { code: "ZZ", name: "越权乡" } }],
      [`mutation ($id: ID!, $input: UpdateTownshipInput!) { updateTownship(id: $id, input: $input) { id } }`, { id: pc.id, input: { name: "蒲池镇" } }],
      [
        `mutation ($input: CreateVillageInput!) { createVillage(input: $input) { id } }`,
        { input: { townshipId: pc.id, code: "ZZ01", name: "越权村" } },
      ],
      [`mutation ($id: ID!, $input: UpdateVillageInput!) { updateVillage(id: $id, input: $input) { id } }`, { id: pc01.id, input: { publicityDays: 7 } }],
      [
        `mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
        { input: { code: "ZZJ", name: "越权局", kind: "DISTRICT" } },
      ],
      [`mutation ($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`, { id: dept, input: { active: false } }],
    ];
    const snapshot = async () =>
      t.ok(
        `{ townships { total items { code name } } villages(perPage: 50) { total items { code name publicityDays } }
           departments(perPage: 50) { total items { code name active } } }`,
        {},
        tokens.admin,
      );
    const before = await snapshot();
    for (const user of ["district", "township", "village", "dept", "resident"] as const) {
      for (const [query, variables] of operations) {
        expectRefused(await t.gql(query, variables, tokens[user]), "FORBIDDEN");
      }
    }
    for (const [query, variables] of operations) expectRefused(await t.gql(query, variables), "UNAUTHENTICATED");
    expect(await snapshot()).toEqual(before);

    // The same operations pass for the admin, so the refusals are about the role.
    for (const [query, variables] of operations) await t.ok(query, variables, tokens.admin);
    const after = await snapshot();
    expect(after.townships.total).toBe(before.townships.total + 1);
    expect(after.villages.total).toBe(before.villages.total + 1);
    expect(after.departments.total).toBe(before.departments.total + 1);
  });
});
