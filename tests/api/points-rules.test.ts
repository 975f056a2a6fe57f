// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { demoRules } from "@cunwu/server/seed/demo-data";
import { expectError } from "../support/assert";
import { createPointRule, updatePointRule, type CreatePointRuleInput, type UpdatePointRuleInput } from "../support/ops/points";
import { usePointsWorld } from "../support/points-world";
import type { TestServer } from "../support/server";

// The points rule catalogue over HTTP: who reads it with which filters, who
// keeps district-wide and village rules, and every refusal leaving all as it was.

const w = usePointsWorld();
const { tokens, villageIds, rule, nothingChanges } = w;
let t: TestServer;
beforeAll(() => {
  t = w.t;
});

// ---------------------------------------------------------------- rule catalogue

describe("rule catalogue", () => {
  const LIST = `query ($filter: PointRuleFilter, $perPage: Int) { pointRules(filter: $filter, perPage: $perPage) { total items { id villageId name category points active } } }`;
  const list = async (filter: Record<string, unknown> = {}, token = tokens.admin) =>
    (await t.ok(LIST, { filter, perPage: 200 }, token)).pointRules as { total: number; items: { id: string; villageId: string | null; name: string; category: string; points: number; active: boolean }[] };
  const names = (page: { items: { name: string }[] }) => page.items.map((r) => r.name).sort();
  const district = demoRules.filter((r) => !r.villageCode);

  it("lists to every logged-in user, with villageId, positive, category and active filters", async () => {
    expect((await list()).total).toBe(demoRules.length);
    for (const role of ["district", "township", "village", "dept", "resident"]) expect((await list({}, tokens[role])).total).toBe(demoRules.length);
    expectError(await t.gql(LIST, {}), "UNAUTHENTICATED");

    // A village sees the district-wide rules and its own, not another village's.
    const pc01 = await list({ villageId: String(villageIds.PC01) });
    expect(names(pc01)).toEqual([...district.map((r) => r.name), "河道清漂护河"].sort());
    expect(pc01.items.find((r) => r.name === "河道清漂护河")!.villageId).toBe(String(villageIds.PC01));
    const mb01 = await list({ villageId: String(villageIds.MB01) });
    expect(names(mb01)).toEqual([...district.map((r) => r.name), "参与锅庄文化传承"].sort());
    expect(names(await list({ districtOnly: true }))).toEqual(district.map((r) => r.name).sort());

    const positive = await list({ positive: true });
    expect(positive.items.every((r) => r.points > 0)).toBe(true);
    expect(positive.total).toBe(demoRules.filter((r) => r.points > 0).length);
    const negative = await list({ positive: false });
    expect(names(negative)).toEqual(["不履行赡养义务", "乱堆乱放", "大操大办", "私搭乱建", "违规焚烧秸秆"].sort());

    const hygiene = await list({ category: "HYGIENE", villageId: String(villageIds.PC01) });
    expect(names(hygiene)).toEqual(["乱堆乱放", "参与村庄环境整治", "垃圾分类投放", "庭院整洁", "河道清漂护河"].sort());
    expect(names(await list({ category: "HYGIENE", positive: false }))).toEqual(["乱堆乱放"]);
    expect((await list({ active: true })).total).toBe(demoRules.length);
    expect((await list({ active: false })).total).toBe(0);
    expect(names(await list({ q: "秸秆" }))).toEqual(["违规焚烧秸秆"]);
  });

  const create = (input: Partial<CreatePointRuleInput>, token = tokens.admin) =>
    createPointRule(t, { category: "OTHER", name: "测试细则", points: 2, ...input }, token);
  const update = (id: string | number, input: UpdatePointRuleInput, token = tokens.admin) => updatePointRule(t, { id, input }, token);

  it("creates district-wide rules by the admin only, and a village's own by its committee", async () => {
    const byAdmin = await create({ name: "清理河道垃圾", category: "HYGIENE", points: 4, description: "区级新增" });
    expect(byAdmin.data?.createPointRule).toMatchObject({ villageId: null, category: "HYGIENE", name: "清理河道垃圾", points: 4, active: true });
    const own = await create({ name: "护林防火巡查", points: 6, villageId: String(villageIds.PC01) }, tokens.village);
    expect(own.data?.createPointRule).toMatchObject({ villageId: String(villageIds.PC01), name: "护林防火巡查", points: 6 });
    const ownDeduction = await create({ name: "散养家禽", points: -3, villageId: String(villageIds.PC01) }, tokens.village);
    expect(ownDeduction.data?.createPointRule.points).toBe(-3);
    const forMb01 = await create({ name: "磨坝村新规", villageId: String(villageIds.MB01) });
    expect(forMb01.data?.createPointRule.villageId).toBe(String(villageIds.MB01));
    // The committee sees its new rule in its village's catalogue.
    const pc01 = await t.ok(`query ($v: ID!) { pointRules(filter: { villageId: $v }, perPage: 200) { items { name } } }`, { v: String(villageIds.PC01) }, tokens.village);
    expect(pc01.pointRules.items.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(["清理河道垃圾", "护林防火巡查", "散养家禽"]));
    expect(pc01.pointRules.items.map((r: { name: string }) => r.name)).not.toContain("磨坝村新规");

    await nothingChanges(async () => {
      expectError(await create({ name: "区级细则" }, tokens.village), "FORBIDDEN");
      expectError(await create({ villageId: String(villageIds.PC02) }, tokens.village), "FORBIDDEN");
      for (const role of ["district", "township", "dept", "resident"]) {
        expectError(await create({ villageId: String(villageIds.PC01) }, tokens[role]), "FORBIDDEN");
        expectError(await create({}, tokens[role]), "FORBIDDEN");
      }
      expectError(await create({ points: 0 }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await create({ points: 0, villageId: String(villageIds.PC01) }, tokens.village), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await create({ points: 1001 }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await create({ points: -1001 }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await create({ name: "  " }), "BAD_USER_INPUT", { name: "REQUIRED" });
      expectError(await create({ villageId: "999999" }), "BAD_USER_INPUT", { villageId: "NOT_FOUND" });
    });
  });

  it("updates rules within the same limits; an inactive rule shows under active: false", async () => {
    const districtRule = (await create({ name: "待停用细则", points: 3 })).data!.createPointRule;
    const ownRule = (await create({ name: "村级待改", points: 2, villageId: String(villageIds.PC01) }, tokens.village)).data!.createPointRule;
    const mb01Rule = rule("参与锅庄文化传承");

    const changed = await update(ownRule.id, { points: 4, description: "每次 4 分" }, tokens.village);
    expect(changed.data?.updatePointRule).toMatchObject({ id: ownRule.id, name: "村级待改", points: 4, description: "每次 4 分", active: true });
    const off = await update(districtRule.id, { active: false });
    expect(off.data?.updatePointRule).toMatchObject({ name: "待停用细则", active: false, points: 3 });
    const inactive = await t.ok(`{ pointRules(filter: { active: false }) { items { id } } }`, {}, tokens.village);
    expect(inactive.pointRules.items.map((r: { id: string }) => r.id)).toEqual([districtRule.id]);

    await nothingChanges(async () => {
      expectError(await update(districtRule.id, { active: true }, tokens.village), "FORBIDDEN");
      expectError(await update(rule("庭院整洁"), { points: 50 }, tokens.village), "FORBIDDEN");
      expectError(await update(mb01Rule, { points: 5 }, tokens.village), "FORBIDDEN");
      for (const role of ["district", "township", "dept", "resident"]) expectError(await update(ownRule.id, { points: 1 }, tokens[role]), "FORBIDDEN");
      expectError(await update(ownRule.id, { points: 0 }, tokens.village), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await update(ownRule.id, { name: "" }, tokens.village), "BAD_USER_INPUT", { name: "REQUIRED" });
      expectError(await update(ownRule.id, { active: null }, tokens.village), "BAD_USER_INPUT", { active: "REQUIRED" });
      expectError(await update(999_999, { points: 2 }), "NOT_FOUND");
    });
  });
});
