/// <reference lib="dom" />
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dataProvider, MAX_PER_PAGE } from "../../admin/src/providers/dataProvider";
import { GraphQLRequestError } from "../../admin/src/providers/graphqlClient";
import { saveSession } from "../../admin/src/providers/session";
import type { Role } from "../../admin/src/common/enums";
import { testDatabaseKind } from "../support/database";
import { fieldOf, installLocalStorage, mockServer } from "../support/console/providers";

// The console's data provider against a fetch that answers as the server
// would: what it sends for each method, and what it makes of the answers.
// No database; run once, in the pglite project.

const signIn = (role: Role, scope: Partial<Record<"villageId" | "householdId", string>> = {}) =>
  saveSession({
    token: `token-of-${role}`,
    user: {
      id: "7",
      username: role.toLowerCase(),
      displayName: role,
      role,
      townshipId: null,
      villageId: scope.villageId ?? null,
      departmentId: null,
      householdId: scope.householdId ?? null,
      mustChangePassword: false,
    },
  });

const household = { id: "1", number: "PC01-001", headName: "黄学军", balance: 13 };

describe.skipIf(testDatabaseKind === "postgres")("data provider", () => {
  let server: ReturnType<typeof mockServer>;

  beforeEach(() => {
    installLocalStorage();
    server = mockServer();
    signIn("VILLAGE_COMMITTEE", { villageId: "1" });
  });
  afterEach(() => vi.unstubAllGlobals());

  describe("getList", () => {
    it("sends the page, the sort and only the filters the server knows, without blanks", async () => {
      server.data({ page: { items: [household], total: 34 } });
      const result = await dataProvider.getList("households", {
        pagination: { page: 2, perPage: 25 },
        sort: { field: "number", order: "DESC" },
        filter: { villageId: "1", q: "", status: null, unknown: "x", category: "LIFTED" },
      });
      expect(result).toEqual({ data: [household], total: 34 });
      expect(fieldOf(server.last.query)).toBe("households");
      expect(server.last.query).toContain("HouseholdFilter");
      expect(server.last.variables).toEqual({
        filter: { villageId: "1", category: "LIFTED" },
        sort: [{ field: "number", order: "DESC" }],
        page: 2,
        perPage: 25,
      });
    });

    it("pages without a total when more rows match than the server counts: previous and next, and the count as at least", async () => {
      server.data({ page: { items: [household], total: 10000, totalCapped: true } });
      const middle = await dataProvider.getList("households", { pagination: { page: 2, perPage: 1 }, sort: { field: "id", order: "ASC" }, filter: {} });
      expect(middle).toEqual({ data: [household], pageInfo: { hasPreviousPage: true, hasNextPage: true }, meta: { atLeast: 10000 } });
      expect(server.last.query).toContain("totalCapped");
      // The last page the server lets a client start: no next.
      server.data({ page: { items: [household], total: 10000, totalCapped: true } });
      const last = await dataProvider.getList("households", { pagination: { page: 10000, perPage: 1 }, sort: { field: "id", order: "ASC" }, filter: {} });
      expect(last).toMatchObject({ pageInfo: { hasPreviousPage: true, hasNextPage: false } });
      // A short page has no next either; an exact count is a total again.
      server.data({ page: { items: [], total: 10000, totalCapped: true } });
      expect(await dataProvider.getList("households", { pagination: { page: 1, perPage: 25 }, sort: { field: "id", order: "ASC" }, filter: {} })).toMatchObject({
        pageInfo: { hasPreviousPage: false, hasNextPage: false },
      });
      server.data({ page: { items: [household], total: 9999, totalCapped: false } });
      expect(await dataProvider.getList("households", { pagination: { page: 1, perPage: 25 }, sort: { field: "id", order: "ASC" }, filter: {} })).toEqual({
        data: [household],
        total: 9999,
      });
    });

    it("sends the token and the CSRF preflight header", async () => {
      server.data({ page: { items: [], total: 0 } });
      await dataProvider.getList("pointRules", { pagination: { page: 1, perPage: 10 }, sort: { field: "", order: "ASC" }, filter: {} });
      expect(server.last.headers).toMatchObject({
        Authorization: "Bearer token-of-VILLAGE_COMMITTEE",
        "apollo-require-preflight": "true",
      });
      expect(server.last.variables.sort).toBeUndefined();
    });

    it("reads a range larger than the server's cap in capped pages", async () => {
      const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: String(from + i) }));
      server.data({ page: { items: rows(0, MAX_PER_PAGE), total: 450 } });
      server.data({ page: { items: rows(MAX_PER_PAGE, MAX_PER_PAGE), total: 450 } });
      server.data({ page: { items: rows(2 * MAX_PER_PAGE, 50), total: 450 } });
      const result = await dataProvider.getList("pointEntries", {
        pagination: { page: 1, perPage: 1000 },
        sort: { field: "id", order: "DESC" },
        filter: { householdId: "1" },
      });
      expect(result.total).toBe(450);
      expect(result.data).toHaveLength(450);
      expect(server.sent.map((r) => r.variables.page)).toEqual([1, 2, 3]);
      expect(server.sent.every((r) => r.variables.perPage === MAX_PER_PAGE)).toBe(true);
    });

    it.each([
      ["pointRules", "pointRules", { villageId: "1", positive: true, active: true, q: "卫生" }],
      ["pointEntries", "pointEntries", { householdId: "1", kind: "AWARD", from: "2026-01-01", to: "2026-12-31" }],
      ["awardBatches", "awardBatches", { villageId: "1", status: "ON_PUBLICITY" }],
      ["products", "products", { villageId: "1", active: true, q: "米" }],
      ["exchangeEvents", "exchangeEvents", { villageId: "1", status: "OPEN" }],
      ["redemptions", "redemptions", { householdId: "1", eventId: "3", status: "COMPLETED" }],
    ])("lists %s through %s with its filters", async (resource, field, filter) => {
      server.data({ page: { items: [], total: 0 } });
      await dataProvider.getList(resource, { pagination: { page: 1, perPage: 25 }, sort: { field: "id", order: "ASC" }, filter });
      expect(fieldOf(server.last.query)).toBe(field);
      expect(server.last.variables.filter).toEqual(filter);
    });
  });

  describe("getOne and getMany", () => {
    it("reads one record by id", async () => {
      server.data({ record: household });
      const result = await dataProvider.getOne("households", { id: "1" });
      expect(result.data).toEqual(household);
      expect(fieldOf(server.last.query)).toBe("household");
      expect(server.last.variables).toEqual({ id: "1" });
    });

    it("refuses a resource that has no single-record query", async () => {
      await expect(dataProvider.getOne("pointEntries", { id: "1" })).rejects.toThrow(/not supported/);
      expect(server.sent).toHaveLength(0);
    });

    it("reads many by the ids filter where the server has one", async () => {
      server.data({ page: { items: [{ id: "1" }, { id: "2" }], total: 2 } });
      const result = await dataProvider.getMany("villages", { ids: ["1", "2"] });
      expect(result.data.map((v) => v.id)).toEqual(["1", "2"]);
      expect(server.last.variables.filter).toEqual({ ids: ["1", "2"] });
      expect(server.last.variables.perPage).toBe(2);
    });

    it("reads many one by one where the server has no ids filter", async () => {
      server.raw((request) => ({ body: { data: { record: { id: request.variables.id } } } }));
      server.raw((request) => ({ body: { data: { record: { id: request.variables.id } } } }));
      const result = await dataProvider.getMany("exchangeEvents", { ids: ["4", "9"] });
      expect(result.data.map((e) => e.id).sort()).toEqual(["4", "9"]);
      expect(server.sent.map((r) => fieldOf(r.query))).toEqual(["exchangeEvent", "exchangeEvent"]);
    });

    it("reads references by putting the target into the filter", async () => {
      server.data({ page: { items: [], total: 0 } });
      await dataProvider.getManyReference("pointEntries", {
        target: "householdId",
        id: "5",
        pagination: { page: 1, perPage: 20 },
        sort: { field: "id", order: "DESC" },
        filter: { kind: "AWARD" },
      });
      expect(server.last.variables.filter).toEqual({ kind: "AWARD", householdId: "5" });
    });
  });

  describe("the selection follows the role", () => {
    it("asks a publicity batch's objections for the committee", async () => {
      server.data({ record: { id: "3" } });
      await dataProvider.getOne("awardBatches", { id: "3" });
      expect(server.last.query).toContain("objections {");
      expect(server.last.query).toContain("objectionCount");
    });

    it("leaves them out for a resident, who may read only the counts", async () => {
      signIn("RESIDENT", { householdId: "1" });
      server.data({ page: { items: [], total: 0 } });
      await dataProvider.getList("awardBatches", { pagination: { page: 1, perPage: 25 }, sort: { field: "id", order: "DESC" }, filter: {} });
      expect(server.last.query).not.toContain("objections {");
      expect(server.last.query).toContain("objectionCount");
    });
  });

  describe("create, update and delete", () => {
    it("creates with the input fields only, blanks as null", async () => {
      server.data({ record: { id: "30", name: "河道清漂" } });
      const result = await dataProvider.create("pointRules", {
        data: { name: "河道清漂", points: 3, category: "HYGIENE", description: "", villageId: "1", active: true, extra: 1 },
      });
      expect(result.data.id).toBe("30");
      expect(fieldOf(server.last.query)).toBe("createPointRule");
      expect(server.last.variables).toEqual({
        input: { category: "HYGIENE", name: "河道清漂", description: null, points: 3, villageId: "1" },
      });
    });

    it("creates a product with its opening stock and an exchange event with its date", async () => {
      server.data({ record: { id: "1" } });
      await dataProvider.create("products", { data: { villageId: "1", name: "香皂", unit: "块", price: 5, stock: 40, active: true } });
      expect(server.last.variables.input).toEqual({ villageId: "1", name: "香皂", unit: "块", price: 5, stock: 40 });
      server.data({ record: { id: "2" } });
      await dataProvider.create("exchangeEvents", { data: { villageId: "1", date: "2026-04-18", title: "四月兑换日" } });
      expect(fieldOf(server.last.query)).toBe("createExchangeEvent");
      expect(server.last.variables.input).toEqual({ villageId: "1", date: "2026-04-18", title: "四月兑换日" });
    });

    it("refuses to create what only its own screen makes", async () => {
      await expect(dataProvider.create("redemptions", { data: {} })).rejects.toThrow(/not supported/);
      await expect(dataProvider.update("awardBatches", { id: "1", data: {}, previousData: { id: "1" } })).rejects.toThrow(/not supported/);
    });

    it("updates only the allowed fields that changed", async () => {
      server.data({ record: { id: "9" } });
      await dataProvider.update("products", {
        id: "9",
        data: { id: "9", name: "香皂", unit: "块", price: 6, stock: 99, active: false },
        previousData: { id: "9", name: "香皂", unit: "块", price: 5, stock: 40, active: true },
      });
      expect(fieldOf(server.last.query)).toBe("updateProduct");
      expect(server.last.variables).toEqual({ id: "9", input: { price: 6, active: false } });
    });

    it("updates many one by one", async () => {
      server.data({ record: { id: "1" } });
      server.data({ record: { id: "2" } });
      const result = await dataProvider.updateMany("pointRules", { ids: ["1", "2"], data: { active: false } });
      expect(result.data).toEqual(["1", "2"]);
      expect(server.sent.map((r) => r.variables)).toEqual([
        { id: "1", input: { active: false } },
        { id: "2", input: { active: false } },
      ]);
    });

    it("archives a household for delete, one by one for deleteMany", async () => {
      server.data({ record: { id: "1", status: "ARCHIVED" } });
      const result = await dataProvider.delete("households", { id: "1", previousData: household });
      expect(result.data).toEqual({ id: "1", status: "ARCHIVED" });
      expect(fieldOf(server.last.query)).toBe("archiveHousehold");
      server.data({ record: { id: "2" } });
      server.data({ record: { id: "3" } });
      expect((await dataProvider.deleteMany("households", { ids: ["2", "3"] })).data).toEqual(["2", "3"]);
    });

    it("deletes nothing else", async () => {
      await expect(dataProvider.delete("redemptions", { id: "1" })).rejects.toThrow(/not supported/);
      expect(server.sent).toHaveLength(0);
    });

    it("names an unknown resource", async () => {
      await expect(dataProvider.getList("nothing", { pagination: { page: 1, perPage: 1 }, sort: { field: "id", order: "ASC" }, filter: {} })).rejects.toThrow(
        /Unknown resource: nothing/,
      );
    });
  });

  describe("the ledger's and the shop's own operations", () => {
    const key = "7b7b2a52-0c2f-4d1e-9a36-6f0a3c1e2d4b";
    it.each([
      [
        "awardPoints",
        () => dataProvider.awardPoints({ householdIds: ["1", "2"], ruleId: "5", deedDate: "2026-04-01", idempotencyKey: key }),
        "awardPoints",
        { input: { householdIds: ["1", "2"], ruleId: "5", deedDate: "2026-04-01", idempotencyKey: key } },
      ],
      [
        "deductPoints",
        () => dataProvider.deductPoints({ householdId: "1", ruleId: "4", deedDate: "2026-04-01", note: null, idempotencyKey: key }),
        "deductPoints",
        { input: { householdId: "1", ruleId: "4", deedDate: "2026-04-01", note: null, idempotencyKey: key } },
      ],
      [
        "reversePointEntry",
        () => dataProvider.reversePointEntry({ id: "44", reason: "记错户", idempotencyKey: key }),
        "reversePointEntry",
        { id: "44", reason: "记错户", idempotencyKey: key },
      ],
      [
        "householdPassbook",
        () => dataProvider.householdPassbook({ householdId: "1", from: "", to: "2026-12-31" }),
        "householdPassbook",
        { householdId: "1", from: null, to: "2026-12-31" },
      ],
      ["postAwardBatch", () => dataProvider.postAwardBatch({ id: "3" }), "postAwardBatch", { id: "3" }],
      ["withdrawAwardBatch", () => dataProvider.withdrawAwardBatch({ id: "3", reason: "重复" }), "withdrawAwardBatch", { id: "3", reason: "重复" }],
      ["removeAwardLine", () => dataProvider.removeAwardLine({ lineId: "8", reason: "异议属实" }), "removeAwardLine", { lineId: "8", reason: "异议属实" }],
      ["objectToAward", () => dataProvider.objectToAward({ lineId: "8", reason: "不属实" }), "objectToAward", { lineId: "8", reason: "不属实" }],
      ["restockProduct", () => dataProvider.restockProduct({ id: "2", quantity: 20, reason: "补货" }), "restockProduct", { id: "2", quantity: 20, reason: "补货" }],
      ["stockMovements", () => dataProvider.stockMovements({ productId: "2" }), "stockMovements", { productId: "2", page: 1, perPage: 50 }],
      ["closeExchangeEvent", () => dataProvider.closeExchangeEvent({ id: "6" }), "closeExchangeEvent", { id: "6" }],
      ["reopenExchangeEvent", () => dataProvider.reopenExchangeEvent({ id: "6" }), "reopenExchangeEvent", { id: "6" }],
      [
        "redeem",
        () => dataProvider.redeem({ householdId: "1", eventId: null, lines: [{ productId: "2", quantity: 3 }], idempotencyKey: key }),
        "redeem",
        { input: { householdId: "1", eventId: null, lines: [{ productId: "2", quantity: 3 }], idempotencyKey: key } },
      ],
      ["cancelRedemption", () => dataProvider.cancelRedemption({ id: "12", reason: "登记错误" }), "cancelRedemption", { id: "12", reason: "登记错误" }],
      [
        "pointsReport",
        () => dataProvider.pointsReport({ from: "2026-01-01", to: "2026-12-31" }),
        "pointsReport",
        { filter: { from: "2026-01-01", to: "2026-12-31" } },
      ],
      [
        "pointsRanking",
        () => dataProvider.pointsRanking({ villageId: "1", from: "2026-01-01", limit: 5 }),
        "pointsRanking",
        { villageId: "1", from: "2026-01-01", limit: 5 },
      ],
    ])("%s sends %s and returns its result", async (_name, call, field, variables) => {
      server.data({ result: { id: "answer" } });
      await expect(call()).resolves.toEqual({ id: "answer" });
      expect(fieldOf(server.last.query)).toBe(field);
      expect(server.last.variables).toEqual(variables);
    });

    it("asks for the entries posted and the batch of an award", async () => {
      server.data({ result: { entries: [], batch: { id: "3" } } });
      await dataProvider.awardPoints({ householdIds: ["1"], points: 5, reason: "抗洪抢险", deedDate: "2026-04-01", idempotencyKey: key });
      // The selections are the documents' fragments, sent with the operation.
      expect(server.last.query).toMatch(/entries \{\s*\.\.\.PointEntryFields\s+attachments \{\s*\.\.\.AttachmentFields\s*\}\s*\}/);
      expect(server.last.query).toMatch(/fragment PointEntryFields on PointEntry \{\s*id\s+householdId/);
      // With the photos of the batch and of its lines, which the result card shows.
      expect(server.last.query).toMatch(/batch \{\s*\.\.\.AwardBatchStaffFields\s+\.\.\.AwardBatchPhotoFields\s*\}/);
      expect(server.last.query).toMatch(/fragment AttachmentFields on Attachment \{\s*id\s+url\s+thumbnailUrl/);
      expect(server.last.query).toMatch(/fragment AwardBatchFields on AwardBatch \{\s*id\s+villageId/);
    });
  });

  describe("errors", () => {
    it.each(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INSUFFICIENT_POINTS", "OUT_OF_STOCK"] as const)(
      "turns %s into a translated message key",
      async (code) => {
        server.error({ code });
        const error = await dataProvider.getOne("households", { id: "1" }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(GraphQLRequestError);
        expect(error).toMatchObject({ code, message: `errors.${code}` });
      },
    );

    it("puts BAD_USER_INPUT next to the fields, without the input. prefix", async () => {
      server.error({ code: "BAD_USER_INPUT", fields: { "input.phone": "INVALID_PHONE", number: "DUPLICATE" } });
      const error = (await dataProvider
        .create("households", { data: { number: "PC01-001", phone: "x" } })
        .catch((e: unknown) => e)) as GraphQLRequestError;
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.body?.errors).toEqual({
        root: { serverError: "errors.BAD_USER_INPUT" },
        phone: "errors.fields.INVALID_PHONE",
        number: "errors.fields.DUPLICATE",
      });
    });

    it("keeps what the server said about a shortfall", async () => {
      server.error({ code: "OUT_OF_STOCK", productId: "9", productName: "食用油（5升）", available: 2, requested: 5 });
      const error = (await dataProvider
        .redeem({ householdId: "1", lines: [{ productId: "9", quantity: 5 }], idempotencyKey: "k-12345678" })
        .catch((e: unknown) => e)) as GraphQLRequestError;
      expect(error.details).toEqual({ productId: "9", productName: "食用油（5升）", available: 2, requested: 5 });
    });

    it("calls a code it does not know UNKNOWN", async () => {
      server.error({ code: "INTERNAL_SERVER_ERROR" });
      await expect(dataProvider.getOne("households", { id: "1" })).rejects.toMatchObject({ code: "UNKNOWN" });
    });

    it("calls an unreachable server NETWORK", async () => {
      server.raw(new TypeError("fetch failed"));
      await expect(dataProvider.getOne("households", { id: "1" })).rejects.toMatchObject({ code: "NETWORK", message: "errors.NETWORK" });
    });

    it("calls an answer that is not GraphQL UNKNOWN", async () => {
      server.raw({ status: 502, body: "<html>Bad gateway</html>" });
      await expect(dataProvider.getOne("households", { id: "1" })).rejects.toMatchObject({ code: "UNKNOWN" });
    });

    it("calls an answer without data UNKNOWN", async () => {
      server.raw({ body: { data: null } });
      await expect(dataProvider.getOne("households", { id: "1" })).rejects.toMatchObject({ code: "UNKNOWN" });
    });
  });
});
