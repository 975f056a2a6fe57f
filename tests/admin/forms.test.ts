import { describe, expect, it } from "vitest";
import { checkWholeNumber, parseWholeNumber, parseWholeNumberInput, wholeNumber } from "../../admin/src/common/wholeNumber";
import { checkWholeNumbers } from "../../admin/src/common/validation";
import { validPhone } from "../../admin/src/households/validateHousehold";
import { validatePointRule } from "../../admin/src/pointRules/validatePointRule";
import { validateProduct } from "../../admin/src/products/validateProduct";
import { validateCategory } from "../../admin/src/civicCategories/validateCategory";
import { validateVillage } from "../../admin/src/villages/validateVillage";
import { validateTeam } from "../../admin/src/volunteerTeams/validateTeam";
import { en } from "../../admin/src/i18n/en";
import { zhCN } from "../../admin/src/i18n/zh-CN";
import { testDatabaseKind } from "../support/database";

// The one whole-number parser and check behind every points and count input:
// what a person types, what the form keeps, and the words they are shown.

const WHOLE = { message: "app.validation.whole_number", args: {} };

describe.skipIf(testDatabaseKind === "postgres")("whole numbers in the console's forms", () => {
  it.each([
    ["5", 5],
    ["-5", -5],
    ["+5", 5],
    [" 5 ", 5],
    ["\u30005\u3000", 5],
    ["007", 7],
    ["-0", 0],
    ["１２", 12],
    ["－３", -3],
  ])("reads %j as %j", (text, value) => {
    expect(Object.is(parseWholeNumber(text), value)).toBe(true);
  });

  it.each(["", " ", "2.5", "2.", ".5", "1e3", "1E3", "0x10", "1,000", "1 000", "5分", "Infinity", "NaN", "--5", "+-5", "+", "-", "99999999999999999999"])(
    "does not read %j as a whole number",
    (text) => {
      expect(parseWholeNumber(text)).toBeNull();
    },
  );

  it("keeps the number when the text is one, else the text, so the check can say why", () => {
    expect(parseWholeNumberInput(" 12 ")).toBe(12);
    expect(parseWholeNumberInput("1e3")).toBe("1e3");
    expect(parseWholeNumberInput("2.5")).toBe("2.5");
    expect(parseWholeNumberInput("  ")).toBeNull();
  });

  it("asks for a whole number, then for the range, in the app's words", () => {
    expect(checkWholeNumber("2.5", { min: 1, max: 1000 })).toEqual(WHOLE);
    expect(checkWholeNumber("1e3", { min: 1, max: 1000 })).toEqual(WHOLE);
    expect(checkWholeNumber(2.5)).toEqual(WHOLE);
    expect(checkWholeNumber("1001", { min: 1, max: 1000 })).toEqual({ message: "app.validation.whole_between", args: { min: 1, max: 1000 } });
    expect(checkWholeNumber(-2, { min: 1 })).toEqual({ message: "app.validation.whole_min", args: { min: 1 } });
    expect(checkWholeNumber("31", { max: 30 })).toEqual({ message: "app.validation.whole_max", args: { max: 30 } });
    expect(checkWholeNumber(" +7 ", { min: 1, max: 10 })).toBeUndefined();
    expect(checkWholeNumber(3, { min: 1 })).toBeUndefined();
    // Blank is required()'s to say, not this check's.
    expect(checkWholeNumber("", { min: 1 })).toBeUndefined();
    expect(checkWholeNumber(null, { min: 1 })).toBeUndefined();
    expect(wholeNumber({ min: 1 })(-2)).toEqual({ message: "app.validation.whole_min", args: { min: 1 } });
  });

  it("says it in Chinese and in English, with the limits filled in", () => {
    expect(zhCN.app.validation.whole_number).toBe("请输入整数");
    expect(en.app.validation.whole_number).toBe("Enter a whole number");
    expect(zhCN.app.validation.whole_min).toContain("%{min}");
    expect(en.app.validation.whole_between).toContain("%{max}");
    expect(zhCN.app.discard.title).toBe("放弃已填写的内容？");
  });

  it("is the check of every form-level validator with a whole number", () => {
    expect(validatePointRule({ category: "PUBLIC_SERVICE", name: "x", points: "2.5" })).toEqual({ points: WHOLE });
    expect(validatePointRule({ category: "PUBLIC_SERVICE", name: "x", points: 0 })).toEqual({ points: "app.validation.not_zero" });
    expect(validatePointRule({ category: "PUBLIC_SERVICE", name: "x", points: -1001 })).toEqual({
      points: { message: "app.validation.whole_between", args: { min: -1000, max: 1000 } },
    });
    expect(validatePointRule({ category: "PUBLIC_SERVICE", name: "x", points: -10 })).toEqual({});
    expect(validateProduct({ villageId: "1", name: "皂", unit: "块", price: "1e3", stock: -1 })).toEqual({
      price: WHOLE,
      stock: { message: "app.validation.whole_min", args: { min: 0 } },
    });
    expect(validateProduct({ villageId: "1", name: "皂", unit: "块" })).toEqual({ price: "errors.fields.REQUIRED" });
    expect(validateCategory({ code: "a", name: "b", defaultChannel: "DIRECT", deadlineDays: 400 })).toEqual({
      deadlineDays: { message: "app.validation.whole_between", args: { min: 1, max: 365 } },
    });
    expect(validateVillage({ townshipId: "1", code: "c", name: "n", publicityDays: "3.5" })).toEqual({ publicityDays: WHOLE });
    expect(validateTeam({ name: "n", kind: "PARTY_MEMBER", memberCount: -1 })).toEqual({ memberCount: { message: "app.validation.whole_min", args: { min: 0 } } });
    // A required message already there stays (one message per field).
    expect(checkWholeNumbers({ x: "" }, { x: "errors.fields.REQUIRED" }, { x: { min: 1 } })).toEqual({ x: "errors.fields.REQUIRED" });
  });

  it("checks a household's phone, blank allowed", () => {
    expect(validPhone("")).toBeUndefined();
    expect(validPhone("138 0000 1111")).toBeUndefined();
    expect(validPhone("138****5678")).toBeUndefined();
    expect(validPhone("电话")).toBe("errors.fields.INVALID_PHONE");
  });
});
