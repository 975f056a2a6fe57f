import { describe, expect, it } from "vitest";
import { toActivityInput, validateActivity } from "../../admin/src/activities/activityForm";
import { participationInput } from "../../admin/src/activities/participation";
import { isWeekend, kindFor, weekdayName } from "../../admin/src/calendar/calendarDays";
import { en } from "../../admin/src/i18n/en";
import { zhCN } from "../../admin/src/i18n/zh-CN";
import { toRequestError } from "../../admin/src/providers/graphqlClient";
import { describeVolunteerError } from "../../admin/src/volunteer/errorDescriptions";
import { testDatabaseKind } from "../support/database";

// The pure logic behind the volunteer and calendar screens: the activity
// form, the participation rows, the calendar's kinds, who may keep what, and
// the sentences refusals turn into.

const fromServer = (extensions: Record<string, unknown>) => toRequestError({ message: "refused", extensions });
const messageAt = (messages: object, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);

describe.skipIf(testDatabaseKind === "postgres")("volunteer screens' logic", () => {
  it("asks for points or a rule, never both, and sends only the one chosen", () => {
    const base = { villageId: "1", title: "清扫", date: "2026-05-01", category: "ENVIRONMENT" };
    expect(validateActivity({ ...base, pointsMode: "points", pointsPerParticipant: 5 })).toEqual({});
    expect(validateActivity({ ...base, pointsMode: "points", pointsPerParticipant: 0 })).toEqual({ pointsPerParticipant: { message: "app.validation.whole_between", args: { min: 1, max: 1000 } } });
    expect(validateActivity({ ...base, pointsMode: "points", pointsPerParticipant: 1001 })).toEqual({ pointsPerParticipant: { message: "app.validation.whole_between", args: { min: 1, max: 1000 } } });
    expect(validateActivity({ ...base, pointsMode: "points", pointsPerParticipant: "1e3" })).toEqual({ pointsPerParticipant: { message: "app.validation.whole_number", args: {} } });
    expect(validateActivity({ ...base, pointsMode: "points", pointsPerParticipant: null })).toEqual({ pointsPerParticipant: "errors.fields.REQUIRED" });
    expect(validateActivity({ ...base, pointsMode: "rule" })).toEqual({ ruleId: "errors.fields.REQUIRED" });
    expect(validateActivity({ pointsMode: "rule", ruleId: "3" })).toMatchObject({ title: "errors.fields.REQUIRED", date: "errors.fields.REQUIRED" });
    expect(toActivityInput({ ...base, pointsMode: "rule", ruleId: "3", pointsPerParticipant: 5 })).toEqual({ ...base, ruleId: "3", pointsPerParticipant: undefined });
    expect(toActivityInput({ ...base, pointsMode: "points", ruleId: "3", pointsPerParticipant: 5 })).toEqual({ ...base, ruleId: undefined, pointsPerParticipant: 5 });
  });

  it("turns the participation rows into the server's input, naming the rows it cannot send", () => {
    const households = [
      { id: "1", number: "PC01-001", headName: "黄学军" },
      { id: "2", number: "PC01-002", headName: "周志强" },
      { id: "3", number: "PC01-003", headName: "李明" },
    ];
    const rows = new Map([
      ["1", { people: "2", hours: "3.5" }],
      ["2", { people: "1", hours: "" }],
      ["3", { people: "0", hours: "2" }],
    ]);
    expect(participationInput(households, rows)).toEqual({
      participants: [
        { householdId: "1", people: 2, hours: 3.5 },
        { householdId: "2", people: 1, hours: 0 },
      ],
      invalid: ["PC01-003 李明"],
    });
    expect(participationInput([households[0]!], new Map([["1", { people: "1", hours: "25" }]])).invalid).toEqual(["PC01-001 黄学军"]);
    expect(participationInput([households[0]!], new Map([["1", { people: "1", hours: "1.25" }]])).invalid).toEqual(["PC01-001 黄学军"]);
    expect(participationInput([households[0]!], new Map([["1", { people: "1e1", hours: "" }]])).invalid).toEqual(["PC01-001 黄学军"]);
    // Hours in the app's own terms: 1e1 and 0x10 are not hours; full-width digits from a Chinese input method are.
    for (const hours of ["1e1", "0x10", "-1", "2 h"]) {
      expect(participationInput([households[0]!], new Map([["1", { people: "1", hours }]])).invalid, hours).toEqual(["PC01-001 黄学军"]);
    }
    expect(participationInput([households[0]!], new Map([["1", { people: "1", hours: "２．５" }]])).participants).toEqual([{ householdId: "1", people: 1, hours: 2.5 }]);
    expect(participationInput([households[0]!], new Map([["1", { people: "1", hours: ".5" }]])).participants).toEqual([{ householdId: "1", people: 1, hours: 0.5 }]);
    expect(participationInput([households[0]!], new Map([["1", { people: " 3 ", hours: "" }]])).participants).toEqual([{ householdId: "1", people: 3, hours: 0 }]);
    // A household ticked but not touched takes part with one person, no hours.
    expect(participationInput([households[0]!], new Map()).participants).toEqual([{ householdId: "1", people: 1, hours: 0 }]);
  });

  it("offers a holiday on a weekday and a working day on a weekend", () => {
    expect(isWeekend("2026-10-10")).toBe(true); // a Saturday
    expect(kindFor("2026-10-10")).toBe("WORKDAY");
    expect(kindFor("2026-10-01")).toBe("HOLIDAY"); // a Thursday
    expect(weekdayName("2026-10-01", "zh-CN")).toBe("周四");
    expect(weekdayName("2026-10-01", "en")).toBe("Thu");
  });

  it.each([
    [
      "another village's household",
      { code: "BAD_USER_INPUT", fields: { "participants.1.householdId": "NOT_FOUND" } },
      { message: "app.volunteer.errors.NOT_OF_VILLAGE", args: { household: "PC01-002 周志强" } },
    ],
    [
      "a household not active",
      { code: "BAD_USER_INPUT", fields: { "participants.0.householdId": "INVALID" } },
      { message: "app.volunteer.errors.NOT_ACTIVE", args: { household: "PC01-001 黄学军" } },
    ],
    [
      "more people than the household has",
      { code: "BAD_USER_INPUT", fields: { "participants.0.people": "OUT_OF_RANGE" } },
      { message: "app.volunteer.errors.TOO_MANY_PEOPLE", args: { household: "PC01-001 黄学军" } },
    ],
    ["a holiday on a weekend", { code: "BAD_USER_INPUT", fields: { kind: "INVALID" } }, { message: "app.calendar.errors.KIND" }],
  ])("says why: %s", (_case, extensions, expected) => {
    const described = describeVolunteerError(fromServer(extensions), ["PC01-001 黄学军", "PC01-002 周志强"]);
    expect(described).toEqual(expected);
    for (const messages of [en, zhCN]) expect(typeof messageAt(messages, expected.message)).toBe("string");
  });

  it("leaves other refusals to the general messages", () => {
    expect(describeVolunteerError(fromServer({ code: "FORBIDDEN" }))).toBeNull();
    // A refusal of the activity's state is worded by its reason (errors.reasons.*).
    expect(describeVolunteerError(fromServer({ code: "CONFLICT", reason: "NO_PARTICIPATION", status: "PLANNED" }))).toBeNull();
    expect(describeVolunteerError(fromServer({ code: "BAD_USER_INPUT", fields: { title: "REQUIRED" } }))).toBeNull();
    expect(describeVolunteerError(new Error("boom"))).toBeNull();
  });
});
