import { afterEach, describe, expect, it, vi } from "vitest";
import { cartLines, cartTotal, setQuantity, toRedeemInput } from "../../admin/src/checkout/cart";
import { awardPoints, toAwardInput, validateAward, type AwardForm } from "../../admin/src/awards/awardForm";
import { accessByRole, canRoleAccess } from "../../admin/src/providers/access";
import { allows, editWhereAllowed } from "../../admin/src/common/allowed";
import { addDays, districtToday, formatDateTime, formatDelta, formatPoints, shortfallOf } from "../../admin/src/common/format";
import { newIdempotencyKey } from "../../admin/src/common/idempotency";
import { ROLES } from "../../admin/src/common/enums";
import type { Product } from "../../admin/src/types";
import { testDatabaseKind } from "../support/database";

// The pure logic behind the award and checkout screens and the role table.

const product = (id: string, price: number, stock: number): Product => ({
  id,
  villageId: "1",
  name: `商品${id}`,
  unit: "袋",
  price,
  stock,
  active: true,
  createdAt: "",
  updatedAt: "",
  attachments: [],
});

describe.skipIf(testDatabaseKind === "postgres")("console logic", () => {
  afterEach(() => vi.unstubAllGlobals());

  describe("the checkout cart", () => {
    const soap = product("1", 5, 3);
    const oil = product("2", 60, 10);

    it("keeps a quantity between nothing and what is on the shelf", () => {
      let cart = setQuantity({}, soap, 2);
      expect(cart).toEqual({ "1": 2 });
      cart = setQuantity(cart, soap, 9);
      expect(cart).toEqual({ "1": 3 });
      cart = setQuantity(cart, soap, -1);
      expect(cart).toEqual({});
      expect(setQuantity({}, soap, Number("abc"))).toEqual({});
    });

    it("prices the lines in catalogue order and totals them", () => {
      const cart = setQuantity(setQuantity({}, oil, 1), soap, 2);
      const lines = cartLines(cart, [soap, oil]);
      expect(lines.map((l) => [l.product.id, l.quantity, l.amount])).toEqual([
        ["1", 2, 10],
        ["2", 1, 60],
      ]);
      expect(cartTotal(lines)).toBe(70);
      expect(toRedeemInput("7", null, lines, "key-12345678")).toEqual({
        householdId: "7",
        eventId: null,
        lines: [
          { productId: "1", quantity: 2 },
          { productId: "2", quantity: 1 },
        ],
        idempotencyKey: "key-12345678",
      });
    });
  });

  describe("the award form", () => {
    const form = (over: Partial<AwardForm> = {}): AwardForm => ({
      mode: "rule",
      ruleId: "5",
      points: "",
      reason: "",
      deedDate: "2026-04-01",
      note: "",
      ...over,
    });

    it("asks for a rule, households and a deed date not in the future", () => {
      expect(validateAward(form(), 2, "2026-04-01")).toEqual({});
      expect(validateAward(form({ ruleId: "" }), 0, "2026-04-01")).toEqual({
        ruleId: "errors.fields.REQUIRED",
        households: "app.award.errors.no_households",
      });
      expect(validateAward(form({ deedDate: "2026-04-02" }), 1, "2026-04-01")).toEqual({ deedDate: "app.award.errors.future_date" });
    });

    const range = { message: "app.validation.whole_between", args: { min: 1, max: 1000 } };
    const whole = { message: "app.validation.whole_number", args: {} };
    it.each([
      ["", "errors.fields.REQUIRED"],
      ["   ", "errors.fields.REQUIRED"],
      ["0", range],
      ["-5", range],
      ["1001", range],
      ["2.5", whole],
      ["1e3", whole],
      ["0x10", whole],
      ["5分", whole],
    ])("refuses %j points given without a rule", (points, error) => {
      expect(validateAward(form({ mode: "points", points, reason: "抢险" }), 1, "2026-04-01").points).toEqual(error);
    });

    it("counts the footer from the same parser: a whole number or nothing, never -0", () => {
      expect(awardPoints(form({ mode: "points", points: " 20 " }), undefined)).toBe(20);
      expect(awardPoints(form({ mode: "points", points: "+5" }), undefined)).toBe(5);
      expect(awardPoints(form({ mode: "points", points: "1e3" }), undefined)).toBe(0);
      expect(awardPoints(form({ mode: "points", points: "2.5" }), undefined)).toBe(0);
      expect(awardPoints(form(), 8)).toBe(8);
      expect(formatPoints(awardPoints(form({ mode: "points", points: "-5" }), undefined) * 0, "zh-CN")).toBe("0");
    });

    it("sends a rule, or points with a reason, never both", () => {
      expect(toAwardInput(form({ points: "9", note: " 村民代表会 " }), ["1"], "k")).toEqual({
        householdIds: ["1"],
        ruleId: "5",
        deedDate: "2026-04-01",
        note: "村民代表会",
        idempotencyKey: "k",
      });
      expect(toAwardInput(form({ mode: "points", points: "20", reason: " 抗洪抢险 " }), ["1", "2"], "k")).toEqual({
        householdIds: ["1", "2"],
        points: 20,
        reason: "抗洪抢险",
        deedDate: "2026-04-01",
        note: null,
        idempotencyKey: "k",
      });
    });
  });

  describe("idempotency keys", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

    it("is a fresh v4 UUID each time", () => {
      const a = newIdempotencyKey();
      expect(a).toMatch(uuid);
      expect(newIdempotencyKey()).not.toBe(a);
    });

    it("is one without crypto.randomUUID too (a village office on plain http)", () => {
      const real = globalThis.crypto;
      vi.stubGlobal("crypto", { getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes) });
      const key = newIdempotencyKey();
      vi.unstubAllGlobals();
      expect(key).toMatch(uuid);
    });
  });

  describe("numbers and days", () => {
    it("groups points and signs changes", () => {
      expect(formatPoints(108230, "zh-CN")).toBe("108,230");
      expect(formatPoints(-0, "zh-CN")).toBe("0");
      expect(formatDelta(5, "en")).toBe("+5");
      expect(formatDelta(-10, "zh-CN")).toBe("−10");
      expect(formatDelta(0, "en")).toBe("0");
    });

    it("says when a deduction took less than its rule (the balance was smaller), and only then", () => {
      expect(shortfallOf({ delta: -6, requestedDelta: -10 })).toEqual({ requested: 10, taken: 6 });
      expect(shortfallOf({ delta: 0, requestedDelta: -5 })).toEqual({ requested: 5, taken: 0 });
      expect(shortfallOf({ delta: -5, requestedDelta: -5 })).toBeNull();
      expect(shortfallOf({ delta: 5, requestedDelta: null })).toBeNull();
      expect(shortfallOf({ delta: -3 })).toBeNull();
    });

    it("tells days and times in the district's time zone", () => {
      expect(districtToday(new Date("2026-03-31T16:30:00Z"))).toBe("2026-04-01");
      expect(formatDateTime("2026-03-31T16:30:00Z")).toBe("2026-04-01 00:30");
      expect(formatDateTime(null)).toBe("");
      expect(addDays("2026-02-27", 3)).toBe("2026-03-02");
    });
  });

  describe("what each role is offered", () => {
    it.each([
      [
        "VILLAGE_COMMITTEE",
        [
          "award", "checkout", "awardBatches", "pointEntries", "pointRules", "products", "exchangeEvents", "redemptions", "households",
          "activities", "volunteerTeams", "serviceBrands", "publicityBoard", "rankingBoard", "civicMatters", "civicCategories",
        ],
      ],
      ["RESIDENT", ["myPoints", "myShop", "myVolunteer", "activities", "redemptions", "awardBatches", "pointRules", "civicMatters", "civicCategories"]],
      ["DEPARTMENT_STAFF", ["civicMatters", "civicCategories"]],
    ] as const)("%s has %j", (role, names) => {
      expect(Object.keys(accessByRole[role]).sort()).toEqual([...names].sort());
    });

    it("lets only the district admin and committees move points and run shops", () => {
      for (const role of ROLES) {
        const keeper = role === "DISTRICT_ADMIN" || role === "VILLAGE_COMMITTEE";
        expect(canRoleAccess(role, "award", "use"), role).toBe(keeper);
        expect(canRoleAccess(role, "checkout", "use"), role).toBe(keeper);
        expect(canRoleAccess(role, "households", "import"), role).toBe(keeper);
      }
      expect(canRoleAccess(undefined, "households", "list")).toBe(false);
    });

    it("lets only the district admin and committees run activities, and only the admin keep the civic settings", () => {
      for (const role of ROLES) {
        const runner = role === "DISTRICT_ADMIN" || role === "VILLAGE_COMMITTEE";
        for (const action of ["create", "edit"]) {
          expect(canRoleAccess(role, "activities", action), `${role} ${action}`).toBe(runner);
        }
        expect(canRoleAccess(role, "civicCategories", "edit"), role).toBe(role === "DISTRICT_ADMIN");
        expect(canRoleAccess(role, "calendar", "edit"), role).toBe(role === "DISTRICT_ADMIN");
      }
      expect(canRoleAccess("TOWNSHIP_STAFF", "volunteerTeams", "create")).toBe(true);
      expect(canRoleAccess("DISTRICT_STAFF", "volunteerTeams", "create")).toBe(false);
      expect(canRoleAccess("RESIDENT", "myVolunteer", "use")).toBe(true);
      expect(canRoleAccess("RESIDENT", "activities", "list")).toBe(false);
    });

    it("offers a record's step, and opens a row's edit form, only where its allowedActions name it", () => {
      expect(allows({ allowedActions: ["CLOSE"] }, "CLOSE")).toBe(true);
      expect(allows({ allowedActions: ["CLOSE"] }, "REOPEN")).toBe(false);
      expect(allows({ allowedActions: [] }, "CANCEL")).toBe(false);
      expect(allows(undefined, "CANCEL")).toBe(false);
      expect(editWhereAllowed("1", "pointRules", { id: "1", allowedActions: ["UPDATE"] })).toBe("edit");
      expect(editWhereAllowed("2", "pointRules", { id: "2", allowedActions: [] })).toBe(false);
    });
  });
});
