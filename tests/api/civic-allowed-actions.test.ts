// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { expectOk, expectReason } from "../support/assert";
import { civicWorld, type CivicWorld } from "../support/civic";
import { civicScenarios, roles, scenarios, type Assignment, type MatterFacts, type RoleName } from "../support/civic-scenarios";

// allowedActions says exactly what a user may do: for every state a matter
// (and an assignment) reaches and every demo role, each offered step succeeds
// and each other step is refused with the code and reason the rules give.
// The expectations below are the workflow's rules written out apart from the
// server's (DESIGN.md, Civic service).

let t: TestServer;
let w: CivicWorld;
let s: ReturnType<typeof civicScenarios>;

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
  s = civicScenarios(t, w);
  await s.mergeTarget();
});
afterAll(() => t?.close());

const matterActions = [
  "ASSIGN",
  "REJECT",
  "MERGE",
  "CHANGE_CHANNEL",
  "PROGRESS",
  "RESOLVE",
  "SUPERVISE",
  "REQUEST_EXTENSION",
  "APPROVE_EXTENSION",
  "REFUSE_EXTENSION",
  "FOLLOW_UP",
  "RATE",
] as const;
const assignmentActions = ["ACCEPT", "REPORT", "RETURN", "REQUEST_EXTENSION"] as const;

/** Who may call each mutation at all (the schema's rule), before anything is read. */
const triagers: RoleName[] = ["admin", "district", "township", "village"];
const assignees: RoleName[] = ["township", "village", "dept"];
const staffAbove: RoleName[] = ["admin", "district", "township"];
const callers: Record<string, RoleName[]> = {
  ASSIGN: triagers,
  REJECT: triagers,
  MERGE: triagers,
  CHANGE_CHANNEL: triagers,
  FOLLOW_UP: triagers,
  PROGRESS: [...triagers, "dept"],
  RESOLVE: [...triagers, "dept"],
  SUPERVISE: staffAbove,
  APPROVE_EXTENSION: staffAbove,
  REFUSE_EXTENSION: staffAbove,
  REQUEST_EXTENSION: assignees,
  RATE: ["resident"],
  ACCEPT: assignees,
  REPORT: assignees,
  RETURN: assignees,
};

type Refusal = [code: string, reason: string];
const FORBIDDEN: Refusal = ["FORBIDDEN", "NOT_ALLOWED"];
const NOT_FOUND: Refusal = ["NOT_FOUND", "NOT_FOUND"];
const STATUS: Refusal = ["CONFLICT", "MATTER_STATUS"];
const conflict = (reason: string): Refusal => ["CONFLICT", reason];

const isOpen = (a: Assignment) => a.state === "PENDING" || a.state === "ACCEPTED";
const isLead = (a: Assignment) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL";
const sees = (role: RoleName, m: MatterFacts) => role !== "dept" || m.assignments.some((a) => a.departmentId === String(w.dept.MZJ));

/** For a matter step: null when the role may take it now, else the refusal it gets. */
function matterRule(action: string, role: RoleName, m: MatterFacts): Refusal | null {
  if (!callers[action]!.includes(role)) return FORBIDDEN;
  if (!sees(role, m)) return NOT_FOUND;
  const above = staffAbove.includes(role);
  const committee = role === "village";
  const active = m.status === "ASSIGNED" || m.status === "IN_PROGRESS";
  const mine = m.assignments.filter((a) => isOpen(a) && s.isAssignee(role, a));
  const pending = m.extensions.some((e) => e.state === "PENDING");
  const when = (who: boolean, statusOk: boolean): Refusal | null => (!who ? FORBIDDEN : !statusOk ? STATUS : null);
  switch (action) {
    case "ASSIGN":
    case "REJECT":
    case "MERGE":
      return when(above || committee, m.status === "RECEIVED");
    case "CHANGE_CHANNEL":
      return when(above || committee, active);
    case "PROGRESS":
      // An assignee posts once it has accepted (签收) its part.
      return when(above || mine.length > 0, active) ?? (above || mine.some((a) => a.state === "ACCEPTED") ? null : conflict("ASSIGNMENT_STATE"));
    case "RESOLVE":
      return when(above || mine.some(isLead), m.status === "IN_PROGRESS");
    case "SUPERVISE":
      return when(above, active);
    case "FOLLOW_UP":
      return when(above || committee, m.status === "RESOLVED");
    case "RATE":
      return when(true, m.status === "RESOLVED");
    case "REQUEST_EXTENSION":
      // The status first; then the role's own open assignment (else the open lead's, which is not its own).
      if (!active) return STATUS;
      if (mine.length === 0) return FORBIDDEN;
      if (!mine.some((a) => a.state === "ACCEPTED")) return conflict("ASSIGNMENT_STATE");
      return pending ? conflict("EXTENSION_PENDING") : null;
    default: // APPROVE_EXTENSION, REFUSE_EXTENSION
      if (!above) return FORBIDDEN;
      if (!active) return STATUS;
      return pending ? null : conflict("EXTENSION_STATE");
  }
}

/** For an assignee's step on one assignment: null when the role may take it now, else the refusal. */
function assignmentRule(action: string, role: RoleName, m: MatterFacts, a: Assignment): Refusal | null {
  if (!callers[action]!.includes(role)) return FORBIDDEN;
  if (!sees(role, m)) return NOT_FOUND;
  const mine = s.isAssignee(role, a);
  const active = m.status === "ASSIGNED" || m.status === "IN_PROGRESS";
  const stateConflict = conflict("ASSIGNMENT_STATE");
  switch (action) {
    case "ACCEPT":
      if (!mine) return FORBIDDEN;
      if (isLead(a) ? m.status !== "ASSIGNED" : !active) return STATUS;
      return a.state === "PENDING" ? null : stateConflict;
    case "REPORT":
      // A co-unit's own accepted part (none of these roles is one here: see civic-joint.test.ts).
      if (!mine || a.role !== "CO_UNIT") return FORBIDDEN;
      if (!active) return STATUS;
      return a.state === "ACCEPTED" ? null : stateConflict;
    case "RETURN":
      if (!mine) return FORBIDDEN;
      if (!active) return STATUS;
      return isOpen(a) ? null : stateConflict;
    default: // REQUEST_EXTENSION
      if (!active) return STATUS;
      if (!mine) return FORBIDDEN;
      if (a.state !== "ACCEPTED") return stateConflict;
      return m.extensions.some((e) => e.state === "PENDING") ? conflict("EXTENSION_PENDING") : null;
  }
}

const expectRefused = (result: GraphQLResult, [code, reason]: Refusal, what: string) => expectReason(result, code, reason, what);

describe.each(scenarios)("a matter %s", (scenario) => {
  let m: MatterFacts;
  beforeAll(async () => {
    m = await s.build(scenario);
  });

  it.each(roles)("offers %s exactly the steps it may take; each succeeds, each other is refused", async (role) => {
    const seen = await s.offered(m.id, role);
    if (!sees(role, m)) expect(seen.error).toBe("NOT_FOUND");

    for (const action of matterActions) {
      const rule = matterRule(action, role, m);
      const what = `${scenario} ${role} ${action}`;
      if (seen.matter) expect(seen.matter.allowedActions.includes(action), what).toBe(rule === null);
      if (rule === null) {
        const fresh = await s.build(scenario);
        expectOk(await s.matterStep[action]!(fresh, role)!, what);
      } else {
        const call = s.matterStep[action]!(m, role);
        if (call) expectRefused(await call, rule, what); // no extension request to name: nothing to call
      }
    }

    for (const [index, a] of m.assignments.entries()) {
      const offered = seen.matter?.assignments.find((x) => x.id === a.id)?.allowedActions;
      for (const action of assignmentActions) {
        const rule = assignmentRule(action, role, m, a);
        const what = `${scenario} ${role} assignment ${a.role} ${a.state} ${action}`;
        if (offered) expect(offered.includes(action), what).toBe(rule === null);
        if (rule === null) {
          const fresh = await s.build(scenario);
          expectOk(await s.assignmentStep[action]!(fresh, fresh.assignments[index]!, role), what);
        } else {
          expectRefused(await s.assignmentStep[action]!(m, a, role), rule, what);
        }
      }
    }

    // Refused steps left the matter as it was.
    expect(await s.facts(m.id)).toEqual(m);
  });
});

describe("assignableChannels", () => {
  it("lists every channel for staff above, DIRECT for the matter's committee, none for the others", async () => {
    const m = await s.build("RECEIVED");
    const expected: Record<RoleName, string[]> = {
      admin: ["DIRECT", "LEAD", "JOINT", "SUPERVISED"],
      district: ["DIRECT", "LEAD", "JOINT", "SUPERVISED"],
      township: ["DIRECT", "LEAD", "JOINT", "SUPERVISED"],
      village: ["DIRECT"],
      dept: [],
      resident: [],
    };
    for (const role of roles) {
      const seen = await s.offered(m.id, role);
      if (role === "dept") expect(seen.error).toBe("NOT_FOUND");
      else expect([...seen.matter!.assignableChannels].sort(), role).toEqual([...expected[role]].sort());
    }
  });
});
