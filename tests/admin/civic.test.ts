/// <reference lib="dom" />
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dataProvider } from "../../admin/src/providers/dataProvider";
import { toChannelInput } from "../../admin/src/providers/civicActions";
import { GraphQLRequestError, toRequestError } from "../../admin/src/providers/graphqlClient";
import { saveSession, type SessionUser } from "../../admin/src/providers/session";
import { canRoleAccess } from "../../admin/src/providers/access";
import { civicFieldErrors, isStateRefusal } from "../../admin/src/civicMatters/civicErrors";
import { describeError } from "../../admin/src/providers/errorMessages";
import { assignmentActions, channelsFor, daysUntil, dueState, matterActions } from "../../admin/src/civicMatters/matterRules";
import type { CivicMatter, MatterAssignment } from "../../admin/src/civicMatters/civicTypes";
import { ROLES, type Role } from "../../admin/src/common/enums";
import { testDatabaseKind } from "../support/database";
import { fieldOf, installLocalStorage, mockServer } from "../support/console/providers";

// The civic console's logic without a browser: what the data provider sends
// for matters and their workflow, which steps each role is offered on a
// matter as it stands, and how refusals are put into words.

const user = (role: Role, scope: Partial<SessionUser> = {}): SessionUser => ({
  id: "7",
  username: role.toLowerCase(),
  displayName: role,
  role,
  townshipId: null,
  villageId: null,
  departmentId: null,
  householdId: null,
  ...scope,
});

const assignment = (over: Partial<MatterAssignment>): MatterAssignment => ({
  id: "1",
  role: "LEAD_UNIT",
  state: "PENDING",
  departmentId: null,
  department: null,
  villageId: null,
  village: null,
  officialUserId: null,
  personName: null,
  dueDate: "2026-04-10",
  resultNote: null,
  createdAt: "",
  ...over,
});

/** A matter of village 1 in township 1, JOINT: department 3 leads, department 4 helps. */
const matter = (over: Partial<CivicMatter> = {}): CivicMatter =>
  ({
    id: "9",
    status: "ASSIGNED",
    townshipId: "1",
    villageId: "1",
    channel: "JOINT",
    dueDate: "2026-04-10",
    overdue: false,
    overdueWorkingDays: null,
    assignments: [
      assignment({ id: "11", departmentId: "3" }),
      assignment({ id: "12", role: "CO_UNIT", departmentId: "4" }),
    ],
    extensions: [],
    ...over,
  }) as CivicMatter;

const today = "2026-04-01";
const district = user("DISTRICT_STAFF");
const township = user("TOWNSHIP_STAFF", { townshipId: "1" });
const otherTownship = user("TOWNSHIP_STAFF", { townshipId: "2" });
const committee = user("VILLAGE_COMMITTEE", { villageId: "1" });
const lead = user("DEPARTMENT_STAFF", { departmentId: "3" });
const co = user("DEPARTMENT_STAFF", { departmentId: "4" });
const resident = user("RESIDENT", { householdId: "5" });

describe.skipIf(testDatabaseKind === "postgres")("the civic console", () => {
  describe("the steps offered on a matter", () => {
    it("offers a received matter's triage to staff above and its committee, and only DIRECT to the committee", () => {
      const received = matter({ status: "RECEIVED", channel: null, assignments: [] });
      expect(matterActions(township, received, today)).toEqual(["assign", "reject", "merge"]);
      expect(matterActions(committee, received, today)).toEqual(["assign", "reject", "merge"]);
      expect(channelsFor(township, received)).toEqual(["DIRECT", "LEAD", "JOINT", "SUPERVISED"]);
      expect(channelsFor(committee, received)).toEqual(["DIRECT"]);
      expect(matterActions(otherTownship, received, today)).toEqual([]);
      expect(matterActions(lead, received, today)).toEqual([]);
      expect(matterActions(resident, received, today)).toEqual([]);
    });

    it("lets the lead accept while assigned, a co-unit its own part, and nobody else", () => {
      const m = matter();
      expect(assignmentActions(lead, m, m.assignments[0]!)).toEqual(["accept", "return"]);
      expect(assignmentActions(lead, m, m.assignments[1]!)).toEqual([]);
      expect(assignmentActions(co, m, m.assignments[1]!)).toEqual(["accept", "return"]);
      expect(assignmentActions(township, m, m.assignments[0]!)).toEqual([]);
      // Once in progress the lead has accepted; a co-unit may still accept its part.
      const inProgress = matter({
        status: "IN_PROGRESS",
        assignments: [assignment({ id: "11", departmentId: "3", state: "ACCEPTED" }), assignment({ id: "12", role: "CO_UNIT", departmentId: "4" })],
      });
      expect(assignmentActions(lead, inProgress, inProgress.assignments[0]!)).toEqual(["return"]);
      expect(assignmentActions(co, inProgress, inProgress.assignments[1]!)).toEqual(["accept", "return"]);
    });

    it("lets the lead resolve in progress, a co-unit only report, staff above supervise and move the channel", () => {
      const m = matter({
        status: "IN_PROGRESS",
        assignments: [assignment({ id: "11", departmentId: "3", state: "ACCEPTED" }), assignment({ id: "12", role: "CO_UNIT", departmentId: "4", state: "ACCEPTED" })],
      });
      expect(matterActions(lead, m, today)).toEqual(["resolve", "progress", "requestExtension"]);
      expect(matterActions(co, m, today)).toEqual(["progress", "requestExtension"]);
      expect(matterActions(township, m, today)).toEqual(["resolve", "progress", "supervise", "changeChannel"]);
      expect(matterActions(district, m, today)).toEqual(["resolve", "progress", "supervise", "changeChannel"]);
      expect(matterActions(committee, m, today)).toEqual(["changeChannel"]);
      expect(matterActions(resident, m, today)).toEqual([]);
    });

    it("asks for an extension only before the due date and while none waits; staff above decide the waiting one", () => {
      const late = matter({ status: "IN_PROGRESS" });
      expect(matterActions(lead, late, "2026-04-11")).not.toContain("requestExtension");
      expect(matterActions(lead, late, "2026-04-10")).toContain("requestExtension");
      const waiting = matter({
        extensions: [{ id: "1", assignmentId: "11", reason: "", requestedDueDate: "2026-04-20", requestedAt: "", state: "PENDING", decidedAt: null, decisionNote: null }],
      });
      expect(matterActions(lead, waiting, today)).not.toContain("requestExtension");
      expect(matterActions(township, waiting, today)).toContain("decideExtension");
      expect(matterActions(township, matter(), today)).not.toContain("decideExtension");
    });

    it("follows up a resolved matter by its committee or staff above; the resident rates it", () => {
      const resolved = matter({ status: "RESOLVED" });
      expect(matterActions(committee, resolved, today)).toEqual(["followUp"]);
      expect(matterActions(township, resolved, today)).toEqual(["followUp"]);
      expect(matterActions(lead, resolved, today)).toEqual([]);
      expect(matterActions(resident, resolved, today)).toEqual(["rate"]);
      for (const status of ["CLOSED", "REJECTED", "MERGED"] as const) {
        for (const u of [district, township, committee, lead, resident]) expect(matterActions(u, matter({ status }), today)).toEqual([]);
      }
    });

    it("names the one an assignment is for: its official, its department's staff, its village's committee", () => {
      const direct = matter({ channel: "DIRECT", assignments: [assignment({ id: "21", villageId: "1" })] });
      expect(assignmentActions(committee, direct, direct.assignments[0]!)).toEqual(["accept", "return"]);
      expect(assignmentActions(user("VILLAGE_COMMITTEE", { villageId: "2" }), direct, direct.assignments[0]!)).toEqual([]);
      const led = matter({ channel: "LEAD", assignments: [assignment({ id: "31", role: "LEAD_OFFICIAL", officialUserId: "7", departmentId: "3" })] });
      expect(assignmentActions(user("TOWNSHIP_STAFF", { id: "7", townshipId: "2" }), led, led.assignments[0]!)).toEqual(["accept", "return"]);
      // The official's colleagues are not the official.
      expect(assignmentActions(user("DEPARTMENT_STAFF", { id: "8", departmentId: "3" }), led, led.assignments[0]!)).toEqual([]);
    });
  });

  describe("due dates", () => {
    it("counts days left, due today, overdue by the server's working days, nothing once done", () => {
      expect(daysUntil("2026-04-10", today)).toBe(9);
      expect(dueState(matter(), today)).toEqual({ kind: "left", days: 9 });
      expect(dueState(matter({ dueDate: today }), today)).toEqual({ kind: "today" });
      expect(dueState(matter({ overdue: true, overdueWorkingDays: 3 }), "2026-04-15")).toEqual({ kind: "overdue", workingDays: 3 });
      expect(dueState(matter({ status: "RECEIVED", dueDate: null }), today)).toEqual({ kind: "none" });
      expect(dueState(matter({ status: "RESOLVED" }), "2026-05-01")).toEqual({ kind: "done" });
    });
  });

  describe("refusals in words", () => {
    const conflict = (details: Record<string, unknown>) => toRequestError({ extensions: { code: "CONFLICT", ...details } });

    it("names the matter's status, a passed due date, a waiting request, an assignment's state, by the server's reason", () => {
      expect(describeError(conflict({ reason: "MATTER_STATUS", status: "CLOSED" }))).toEqual({
        message: "errors.reasons.MATTER_STATUS",
        args: { status: "enums.CivicStatus.CLOSED" },
      });
      expect(describeError(conflict({ reason: "DUE_DATE_PASSED", status: "IN_PROGRESS", dueDate: "2026-04-10" }))).toEqual({
        message: "errors.reasons.DUE_DATE_PASSED",
        args: { date: "2026-04-10" },
      });
      expect(describeError(conflict({ reason: "EXTENSION_PENDING", status: "ASSIGNED", extensionId: "4" }))).toEqual({ message: "errors.reasons.EXTENSION_PENDING" });
      expect(describeError(conflict({ reason: "ASSIGNMENT_STATE", status: "ASSIGNED", state: "RETURNED" }))).toEqual({
        message: "errors.reasons.ASSIGNMENT_STATE",
        args: { state: "enums.AssignmentState.RETURNED" },
      });
      // A refusal of the state reloads the page; others do not.
      expect(isStateRefusal(conflict({ reason: "MATTER_STATUS", status: "CLOSED" }))).toBe(true);
      expect(isStateRefusal(new GraphQLRequestError("FORBIDDEN"))).toBe(false);
    });

    it("puts field errors next to their fields, with the civic sentence where there is one", () => {
      const error = toRequestError({ extensions: { code: "BAD_USER_INPUT", fields: { "input.requestedDueDate": "OUT_OF_RANGE", reason: "REQUIRED" } } });
      expect(civicFieldErrors(error)).toEqual({
        requestedDueDate: "app.civic.errors.fields.requestedDueDate.OUT_OF_RANGE",
        reason: "errors.fields.REQUIRED",
      });
      expect(civicFieldErrors(conflict({ status: "CLOSED" }))).toBeNull();
    });
  });

  describe("what each role is offered", () => {
    it("lets every role read matters, and all but departments take them in", () => {
      for (const role of ROLES) {
        expect(canRoleAccess(role, "civicMatters", "list"), role).toBe(true);
        expect(canRoleAccess(role, "civicMatters", "create"), role).toBe(role !== "DEPARTMENT_STAFF");
        expect(canRoleAccess(role, "civicMatters", "edit"), role).toBe(false);
      }
    });
  });

  describe("the data provider", () => {
    let server: ReturnType<typeof mockServer>;
    beforeEach(() => {
      installLocalStorage();
      server = mockServer();
      saveSession({ token: "t", user: committee });
    });
    afterEach(() => vi.unstubAllGlobals());

    it("takes a matter in through submitCivicMatter with its input fields only", async () => {
      server.data({ record: { id: "40", code: "MS-2026-00301" } });
      const result = await dataProvider.create("civicMatters", {
        data: { categoryId: "2", title: "水渠堵塞", content: "五组水渠", address: "", urgency: "NORMAL", source: "VILLAGE_MEETING", householdId: "5", status: "X" },
      });
      expect(result.data.id).toBe("40");
      expect(fieldOf(server.last.query)).toBe("submitCivicMatter");
      expect(server.last.query).toContain("$input: SubmitCivicMatterInput!");
      expect(server.last.variables).toEqual({
        input: { categoryId: "2", title: "水渠堵塞", content: "五组水渠", address: null, urgency: "NORMAL", source: "VILLAGE_MEETING", householdId: "5" },
      });
    });

    it("asks staff for the internal records and a resident for none of them", async () => {
      server.data({ record: { id: "9" } });
      await dataProvider.getOne("civicMatters", { id: "9" });
      for (const internal of ["supervisions {", "extensions {", "returnReason", "supervisionLevel"]) expect(server.last.query).toContain(internal);
      expect(server.last.query).toContain("timeline {");

      saveSession({ token: "t", user: resident });
      server.data({ page: { items: [], total: 0 } });
      await dataProvider.getList("civicMatters", { pagination: { page: 1, perPage: 20 }, sort: { field: "id", order: "DESC" }, filter: { overdue: false, q: "" } });
      for (const internal of ["supervisions {", "extensions {", "returnReason", "supervisionLevel"]) expect(server.last.query).not.toContain(internal);
      expect(server.last.query).toContain("timeline {");
      expect(server.last.variables.filter).toEqual({ overdue: false });
    });

    it("sends a channel's own fields only, and each step its arguments", async () => {
      expect(
        toChannelInput({ channel: "JOINT", leadDepartmentId: "3", coDepartmentIds: ["4"], supervisingDepartmentId: "8", leadOfficialUserId: "", note: "" }),
      ).toEqual({ channel: "JOINT", leadDepartmentId: "3", coDepartmentIds: ["4"] });
      expect(toChannelInput({ channel: "DIRECT", leadDepartmentId: "3", note: "村里自办" })).toEqual({ channel: "DIRECT", note: "村里自办" });

      server.data({ result: { id: "9" } });
      await dataProvider.assignCivicMatter({ id: "9", input: { channel: "JOINT", leadDepartmentId: "3", coDepartmentIds: ["4", "5"], responsibleVillageId: "1" } });
      expect(fieldOf(server.last.query)).toBe("assignCivicMatter");
      expect(server.last.variables).toEqual({ id: "9", input: { channel: "JOINT", leadDepartmentId: "3", coDepartmentIds: ["4", "5"] } });

      server.data({ result: { id: "9" } });
      await dataProvider.recordFollowUp({ id: "9", method: "PHONE", reached: false, resolved: "YES", satisfaction: "SATISFIED", comment: "" });
      expect(server.last.variables).toEqual({ id: "9", input: { method: "PHONE", reached: false, comment: null } });

      server.data({ result: { id: "9" } });
      await dataProvider.decideExtension({ extensionId: "4", approve: true, note: "" });
      expect(fieldOf(server.last.query)).toBe("decideExtension");
      expect(server.last.variables).toEqual({ extensionId: "4", approve: true, note: null });

      server.data({ result: { id: "9" } });
      await dataProvider.requestExtension({ id: "9", reason: "采购", requestedDueDate: "2026-04-20" });
      expect(server.last.variables).toEqual({ id: "9", input: { assignmentId: null, reason: "采购", requestedDueDate: "2026-04-20" } });
    });

    it("turns the server's refusal of a step into its codes and details", async () => {
      server.error({ code: "CONFLICT", reason: "MATTER_STATUS", status: "ASSIGNED" }, "The matter is ASSIGNED; it cannot be rejected");
      const error = await dataProvider.rejectCivicMatter({ id: "9", reason: "不属于本村" }).catch((e: unknown) => e);
      expect(describeError(error)).toEqual({ message: "errors.reasons.MATTER_STATUS", args: { status: "enums.CivicStatus.ASSIGNED" } });
    });
  });
});
