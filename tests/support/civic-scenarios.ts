import { todayIn } from "@cunwu/server/common/dates";
import { civicApi, fieldOf, openLead, plusDays, type CivicWorld, type Matter } from "./civic";
import type { GraphQLResult, TestServer } from "./server";

/**
 * Matters taken to every state a real user reaches, and each workflow step
 * as one call, for the allowedActions tests: the DIRECT channel (the PC01
 * committee handles it), JOINT (the demo `dept`, MZJ, leads; NYNCJ
 * co-handles) and LEAD (the demo `township` staff member leads). Every matter is the demo resident's, in PC01 of PC township.
 */

export const roles = ["admin", "district", "township", "village", "dept", "resident"] as const;
export type RoleName = (typeof roles)[number];

export const scenarios = [
  "RECEIVED",
  "RETURNED",
  "ASSIGNED",
  "IN_PROGRESS",
  "EXTENSION_PENDING",
  "RESOLVED",
  "CLOSED",
  "REJECTED",
  "MERGED",
  "JOINT_ASSIGNED",
  "JOINT_IN_PROGRESS",
  "JOINT_EXTENSION_PENDING",
  "JOINT_RESOLVED",
  "JOINT_CLOSED",
  "LEAD_ASSIGNED",
  "LEAD_IN_PROGRESS",
  "LEAD_EXTENSION_PENDING",
] as const;
export type Scenario = (typeof scenarios)[number];

export interface Assignment {
  id: string;
  role: string;
  state: string;
  departmentId: string | null;
  villageId: string | null;
  officialUserId: string | null;
  dueDate: string;
}

/** A matter as the district admin sees it: status, assignments and extension requests. */
export interface MatterFacts {
  id: string;
  status: string;
  channel: string | null;
  assignments: Assignment[];
  extensions: { id: string; state: string }[];
}

const FACTS = `id status channel assignments { id role state departmentId villageId officialUserId dueDate } extensions { id state }`;

export function civicScenarios(t: TestServer, w: CivicWorld) {
  const api = civicApi(t, w);
  const tok = (name: string) => w.tokens[name]!;
  const joint = { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] };
  let target: string | undefined;

  /** A RECEIVED matter that stays standing, to merge duplicates into. */
  const mergeTarget = async () => (target ??= (await api.submit()).id);

  const facts = async (id: string) =>
    (await t.ok<{ civicMatter: MatterFacts }>(`query ($id: ID!) { civicMatter(id: $id) { ${FACTS} } }`, { id }, tok("admin"))).civicMatter;

  const extend = async (m: Matter, token: string) =>
    fieldOf(await api.requestExtensionRaw(m.id, { requestedDueDate: plusDays(m.dueDate!, 10), reason: "需要协调" }, token), "requestExtension");

  /** A fresh matter in the scenario's state. */
  async function build(scenario: Scenario): Promise<MatterFacts> {
    const m = await api.submit();
    const [channel, state] = scenario.startsWith("JOINT_") || scenario.startsWith("LEAD_") ? scenario.split(/_(.*)/) : ["DIRECT", scenario];
    const plan = channel === "JOINT" ? joint : channel === "LEAD" ? { channel, leadOfficialUserId: String(w.userIds.township) } : { channel };
    const handler = tok(channel === "JOINT" ? "dept" : channel === "LEAD" ? "township" : "village");
    if (state === "RECEIVED") return facts(m.id);
    if (state === "REJECTED") return fieldOf(await api.rejectRaw(m.id), "rejectCivicMatter") && facts(m.id);
    if (state === "MERGED") return fieldOf(await api.mergeRaw(m.id, await mergeTarget()), "mergeCivicMatter") && facts(m.id);
    let cur = await api.assign(m.id, plan);
    if (state === "RETURNED") return fieldOf(await api.returnRaw(openLead(cur).id, handler), "returnAssignment") && facts(m.id);
    if (state === "ASSIGNED") return facts(m.id);
    cur = await api.accept(openLead(cur).id, handler);
    if (state === "IN_PROGRESS") return facts(m.id);
    if (state === "EXTENSION_PENDING") return (await extend(cur, handler)) && facts(m.id);
    fieldOf(await api.resolveRaw(m.id, handler), "resolveCivicMatter");
    if (state === "RESOLVED") return facts(m.id);
    fieldOf(await api.followUpRaw(m.id, { method: "PHONE", reached: true, resolved: "YES", satisfaction: "SATISFIED" }), "recordFollowUp");
    return facts(m.id);
  }

  /** Whether the role is the one the assignment names (the spec, written apart from the server's). */
  const isAssignee = (role: RoleName, a: Assignment) =>
    (role === "village" && a.villageId === String(w.village.PC01)) ||
    (role === "dept" && a.departmentId === String(w.dept.MZJ)) ||
    (role === "township" && a.officialUserId === String(w.userIds.township));

  const gql = (query: string, variables: Record<string, unknown>, role: RoleName) => t.gql(query, variables, tok(role));
  const reason = "测试";
  const today = todayIn("Asia/Shanghai");

  /** Each matter step as one call by the role; the extension steps pick the role's own assignment or the waiting request. */
  const matterStep: Record<string, (m: MatterFacts, role: RoleName) => Promise<GraphQLResult> | undefined> = {
    ASSIGN: (m, role) => gql(`mutation ($id: ID!) { assignCivicMatter(id: $id, input: { channel: DIRECT }) { id } }`, { id: m.id }, role),
    REJECT: (m, role) => gql(`mutation ($id: ID!, $r: String!) { rejectCivicMatter(id: $id, reason: $r) { id } }`, { id: m.id, r: reason }, role),
    MERGE: (m, role) => gql(`mutation ($id: ID!, $into: ID!) { mergeCivicMatter(id: $id, intoId: $into) { id } }`, { id: m.id, into: target }, role),
    CHANGE_CHANNEL: (m, role) =>
      gql(`mutation ($id: ID!, $r: String!) { changeChannel(id: $id, input: { channel: DIRECT, reason: $r }) { id } }`, { id: m.id, r: reason }, role),
    PROGRESS: (m, role) => gql(`mutation ($id: ID!) { postProgress(id: $id, input: { note: "进展", public: true }) { id } }`, { id: m.id }, role),
    RESOLVE: (m, role) => gql(`mutation ($id: ID!) { resolveCivicMatter(id: $id, input: { resolution: "已办结" }) { id } }`, { id: m.id }, role),
    SUPERVISE: (m, role) =>
      gql(
        `mutation ($id: ID!, $d: LocalDate!) { superviseCivicMatter(id: $id, input: { level: URGE, reason: "催办", responseDueDate: $d }) { id } }`,
        { id: m.id, d: plusDays(today, 7) },
        role,
      ),
    REQUEST_EXTENSION: (m, role) => {
      const own = m.assignments.find((a) => isAssignee(role, a) && (a.state === "PENDING" || a.state === "ACCEPTED"));
      const lead = m.assignments[0];
      return requestExtension(m, own?.id ?? null, plusDays((own ?? lead)?.dueDate ?? today, 10), role);
    },
    APPROVE_EXTENSION: (m, role) => decide(m, true, role),
    REFUSE_EXTENSION: (m, role) => decide(m, false, role),
    FOLLOW_UP: (m, role) => gql(`mutation ($id: ID!) { recordFollowUp(id: $id, input: { method: PHONE, reached: false }) { id } }`, { id: m.id }, role),
    RATE: (m, role) => gql(`mutation ($id: ID!) { rateCivicMatter(id: $id, input: { satisfaction: SATISFIED, resolved: YES }) { id } }`, { id: m.id }, role),
  };

  const requestExtension = (m: MatterFacts, assignmentId: string | null, day: string, role: RoleName) =>
    gql(
      `mutation ($id: ID!, $a: ID, $d: LocalDate!) { requestExtension(id: $id, input: { assignmentId: $a, requestedDueDate: $d, reason: "延期" }) { id } }`,
      { id: m.id, a: assignmentId, d: day },
      role,
    );

  /** Undefined when the matter has no extension request to name. */
  const decide = (m: MatterFacts, approve: boolean, role: RoleName) => {
    const extension = m.extensions.find((e) => e.state === "PENDING") ?? m.extensions[m.extensions.length - 1];
    if (!extension) return undefined;
    return gql(`mutation ($id: ID!, $a: Boolean!) { decideExtension(extensionId: $id, approve: $a) { id } }`, { id: extension.id, a: approve }, role);
  };

  /** Each assignment step as one call by the role. */
  const assignmentStep: Record<string, (m: MatterFacts, a: Assignment, role: RoleName) => Promise<GraphQLResult>> = {
    ACCEPT: (_m, a, role) => gql(`mutation ($id: ID!) { acceptAssignment(assignmentId: $id) { id } }`, { id: a.id }, role),
    REPORT: (_m, a, role) => gql(`mutation ($id: ID!) { reportPart(input: { assignmentId: $id, note: "已完成本单位部分" }) { id } }`, { id: a.id }, role),
    RETURN: (_m, a, role) => gql(`mutation ($id: ID!, $r: String!) { returnAssignment(assignmentId: $id, reason: $r) { id } }`, { id: a.id, r: reason }, role),
    REQUEST_EXTENSION: (m, a, role) => requestExtension(m, a.id, plusDays(a.dueDate, 10), role),
  };

  /** What the role is offered on the matter and on each of its assignments; null when it cannot see the matter. */
  async function offered(id: string, role: RoleName) {
    const result = await gql(
      `query ($id: ID!) { civicMatter(id: $id) { allowedActions assignableChannels assignments { id allowedActions } } }`,
      { id },
      role,
    );
    if (result.errors?.length) return { error: result.errors[0]!.extensions.code, matter: null };
    const matter = result.data!.civicMatter as { allowedActions: string[]; assignableChannels: string[]; assignments: { id: string; allowedActions: string[] }[] };
    return { error: undefined, matter };
  }

  return { build, facts, mergeTarget, isAssignee, matterStep, assignmentStep, offered, today };
}
