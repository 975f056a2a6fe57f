/// <reference lib="dom" />
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dataProvider } from "../../admin/src/providers/dataProvider";
import { toChannelInput } from "../../admin/src/providers/civicActions";
import { GraphQLRequestError, toRequestError } from "../../admin/src/providers/graphqlClient";
import { saveSession, type SessionUser } from "../../admin/src/providers/session";
import { canRoleAccess } from "../../admin/src/providers/access";
import { civicFieldErrors, isStateRefusal } from "../../admin/src/civicMatters/civicErrors";
import { describeError } from "../../admin/src/providers/errorMessages";
import { daysUntil, dueState } from "../../admin/src/civicMatters/dueDates";
import { matterButtons } from "../../admin/src/civicMatters/matterButtons";
import { coUnitPartKey } from "../../admin/src/civicMatters/partState";
import type { CivicMatter, MatterAssignment } from "../../admin/src/civicMatters/civicTypes";
import { ROLES, type Role } from "../../admin/src/common/enums";
import { testDatabaseKind } from "../support/database";
import { fieldOf, installLocalStorage, mockServer } from "../support/console/providers";

// The civic console's logic without a browser: what the data provider sends
// for matters and their workflow, in which order the steps the server allows
// show, and how refusals are put into words.

const user = (role: Role, scope: Partial<SessionUser> = {}): SessionUser => ({
  id: "7",
  username: role.toLowerCase(),
  displayName: role,
  role,
  townshipId: null,
  villageId: null,
  departmentId: null,
  householdId: null,
  mustChangePassword: false,
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
  reportedAt: null,
  createdAt: "",
  allowedActions: [],
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
const committee = user("VILLAGE_COMMITTEE", { villageId: "1" });
const resident = user("RESIDENT", { householdId: "5" });

describe.skipIf(testDatabaseKind === "postgres")("the civic console", () => {
  describe("the steps offered on a matter", () => {
    it("shows exactly the steps the server allows, in the page's order, each extension decision its own button", () => {
      expect(matterButtons(["MERGE", "REJECT", "ASSIGN"]).map(([a]) => a)).toEqual(["ASSIGN", "REJECT", "MERGE"]);
      expect(matterButtons(["REFUSE_EXTENSION", "APPROVE_EXTENSION", "SUPERVISE"])).toEqual([
        ["APPROVE_EXTENSION", "approveExtension"],
        ["REFUSE_EXTENSION", "refuseExtension"],
        ["SUPERVISE", "supervise"],
      ]);
      expect(matterButtons([])).toEqual([]);
    });
  });

  describe("a co-unit's part in words", () => {
    it("reads 已报送 once reported, and 未签收 / 未报送 on a finished matter the lead resolved without it; otherwise its state's word", () => {
      const co = (state: MatterAssignment["state"]) => ({ role: "CO_UNIT" as const, state });
      expect(coUnitPartKey("IN_PROGRESS", co("DONE"))).toBe("reported");
      expect(coUnitPartKey("RESOLVED", co("DONE"))).toBe("reported");
      expect(coUnitPartKey("RESOLVED", co("PENDING"))).toBe("not_accepted");
      expect(coUnitPartKey("CLOSED", co("ACCEPTED"))).toBe("not_reported");
      expect(coUnitPartKey("IN_PROGRESS", co("PENDING"))).toBeNull();
      expect(coUnitPartKey("RESOLVED", co("RETURNED"))).toBeNull();
      expect(coUnitPartKey("RESOLVED", { role: "LEAD_UNIT", state: "ACCEPTED" })).toBeNull();
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

    it("sends a unit's inbox filters (the home page's tiles) to the board's list, and a co-unit's report", async () => {
      saveSession({ token: "t", user: user("DEPARTMENT_STAFF", { departmentId: "3" }) });
      server.data({ page: { items: [], total: 0 } });
      const inbox = { myAssignmentState: "PENDING", statuses: ["ASSIGNED", "IN_PROGRESS"], myDueWithinWorkingDays: 2, myOverdue: true, supervisionAwaitingMyAnswer: true };
      await dataProvider.getList("civicMatters", { pagination: { page: 1, perPage: 1 }, sort: { field: "id", order: "DESC" }, filter: inbox });
      expect(server.last.variables.filter).toEqual(inbox);
      expect(server.last.query).toContain("myAssignment {");

      server.data({ result: { id: "9" } });
      await dataProvider.reportPart({ assignmentId: "12", note: "已完成本单位部分" });
      expect(server.last.query).toContain("reportPart(input: $input)");
      expect(server.last.variables).toEqual({ input: { assignmentId: "12", note: "已完成本单位部分" } });
      server.data({ result: { id: "9" } });
      await dataProvider.reportPart({ assignmentId: "12", note: "附照片", attachmentIds: ["7", "8"] });
      expect(server.last.variables).toEqual({ input: { assignmentId: "12", note: "附照片", attachmentIds: ["7", "8"] } });
    });

    it("leaves blanks out of a channel's input, and sends each step its arguments", async () => {
      // Which fields a channel takes is the server's rule; the dialog sends only the inputs on screen.
      expect(toChannelInput({ channel: "JOINT", leadDepartmentId: "3", coDepartmentIds: ["4"], leadOfficialUserId: "", responsibleVillageId: null, note: "" })).toEqual({
        channel: "JOINT",
        leadDepartmentId: "3",
        coDepartmentIds: ["4"],
      });
      expect(toChannelInput({ channel: "DIRECT", coDepartmentIds: [], note: "村里自办" })).toEqual({ channel: "DIRECT", note: "村里自办" });

      server.data({ result: { id: "9" } });
      await dataProvider.assignCivicMatter({ id: "9", input: { channel: "JOINT", leadDepartmentId: "3", coDepartmentIds: ["4", "5"], responsibleVillageId: "" } });
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
