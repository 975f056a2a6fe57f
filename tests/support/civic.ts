import { asc, count, eq } from "drizzle-orm";
import {
  auditLog,
  civicMatters,
  departments,
  followUps,
  households,
  matterAssignments,
  matterEvents,
  matterExtensions,
  matterSupervisions,
  townships,
  users,
  villages,
} from "@cunwu/schema";
import type { GraphQLResult, TestServer } from "./server";
import { newUserToken, type CreateUserInput } from "./ops/users";

/** Civic-service test helpers: users for every role and unit, categories, and the matter operations. */

export const civicPassword = "civic-password-123";

/** What anyone who sees a matter may read (supervisionLevel is staff only: the supervision calls add it). */
export const MATTER = `id code title status channel dueDate reworkCount version resolution duplicateOfId closeReason
  villageId townshipId submitterHouseholdId submitterName submitterPhone anonymous source urgency overdue overdueWorkingDays
  assignments { id role state departmentId villageId officialUserId dueDate }`;

export interface CivicWorld {
  tokens: Record<string, string>;
  userIds: Record<string, number>;
  dept: Record<string, number>;
  village: Record<string, number>;
  township: Record<string, number>;
  household: Record<string, number>;
  category: Record<string, number>;
}

/**
 * Logs in the demo users and adds the ones the civic tests need: staff of a
 * second district department (dept2), of the supervision office (sup), of a
 * township unit (tdept), MB township staff (mbtown), the PC02 committee
 * (village2) and a second PC01 resident (resident2). Categories: HYG
 * (DIRECT, 3 days), ROAD (JOINT, 5 days).
 */
export async function civicWorld(t: TestServer): Promise<CivicWorld> {
  const db = t.server.connection.db;
  const tokens: Record<string, string> = {};
  for (const name of ["admin", "district", "township", "village", "dept", "resident"]) tokens[name] = await t.login(name);
  const dept = Object.fromEntries((await db.select().from(departments)).map((d) => [d.code, d.id]));
  const village = Object.fromEntries((await db.select().from(villages)).map((v) => [v.code, v.id]));
  const township = Object.fromEntries((await db.select().from(townships)).map((v) => [v.code, v.id]));
  const pc01 = await db.select().from(households).where(eq(households.villageId, village.PC01!)).orderBy(asc(households.id));
  const pc02 = await db.select().from(households).where(eq(households.villageId, village.PC02!)).orderBy(asc(households.id));
  const mb01 = await db.select().from(households).where(eq(households.villageId, village.MB01!)).orderBy(asc(households.id));
  const household = { pc01a: pc01[0]!.id, pc01b: pc01[1]!.id, pc02a: pc02[0]!.id, mb01a: mb01[0]!.id };

  const extra: [string, Omit<CreateUserInput, "username" | "password" | "displayName">][] = [
    ["dept2", { role: "DEPARTMENT_STAFF", departmentId: String(dept.NYNCJ) }],
    ["sup", { role: "DEPARTMENT_STAFF", departmentId: String(dept.QWDCS) }],
    ["tdept", { role: "DEPARTMENT_STAFF", departmentId: String(dept["PC-NYFW"]) }],
    ["mbtown", { role: "TOWNSHIP_STAFF", townshipId: String(township.MB) }],
    ["village2", { role: "VILLAGE_COMMITTEE", villageId: String(village.PC02) }],
    ["resident2", { role: "RESIDENT", householdId: String(household.pc01b) }],
    ["mbresident", { role: "RESIDENT", householdId: String(household.mb01a) }],
  ];
  for (const [username, scope] of extra) {
    tokens[username] = await newUserToken(t, tokens.admin!, { username, password: civicPassword, displayName: `${username} 同志`, ...scope });
  }
  const userIds = Object.fromEntries((await db.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.username, u.id]));

  const category: Record<string, number> = {};
  for (const [code, defaultChannel, deadlineDays] of [
    ["HYG", "DIRECT", 3],
    ["ROAD", "JOINT", 5],
  ] as const) {
    const data = await t.ok<{ createCivicCategory: { id: string } }>(
      `mutation ($input: CreateCivicCategoryInput!) { createCivicCategory(input: $input) { id } }`,
      { input: { code, name: `类别${code}`, defaultChannel, deadlineDays } },
      tokens.admin,
    );
    category[code] = Number(data.createCivicCategory.id);
  }
  return { tokens, userIds, dept, village, township, household, category };
}

export interface Matter {
  id: string;
  code: string;
  status: string;
  channel: string | null;
  dueDate: string | null;
  reworkCount: number;
  /** Only in the supervision calls' answers. */
  supervisionLevel?: string | null;
  version: number;
  overdue: boolean;
  overdueWorkingDays: number | null;
  submitterPhone: string | null;
  assignments: { id: string; role: string; state: string; departmentId: string | null; villageId: string | null; officialUserId: string | null; dueDate: string }[];
  [key: string]: unknown;
}

export function civicApi(t: TestServer, w: CivicWorld) {
  const db = t.server.connection.db;
  const run = async (field: string, query: string, variables: Record<string, unknown>, token: string): Promise<Matter> => {
    const data = await t.ok<Record<string, Matter>>(query, variables, token);
    return data[field]!;
  };
  const api = {
    submit: (input: Record<string, unknown> = {}, token = w.tokens.resident!) =>
      run(
        "submitCivicMatter",
        `mutation ($input: SubmitCivicMatterInput!) { submitCivicMatter(input: $input) { ${MATTER} } }`,
        { input: { categoryId: String(w.category.HYG), title: "路灯坏了", content: "村口路灯坏了一个月", ...input } },
        token,
      ),
    assignRaw: (id: string, input: Record<string, unknown>, token = w.tokens.admin!) =>
      t.gql(`mutation ($id: ID!, $input: AssignCivicMatterInput!) { assignCivicMatter(id: $id, input: $input) { ${MATTER} } }`, { id, input }, token),
    assign: (id: string, input: Record<string, unknown> = { channel: "DIRECT" }, token = w.tokens.admin!) =>
      run("assignCivicMatter", `mutation ($id: ID!, $input: AssignCivicMatterInput!) { assignCivicMatter(id: $id, input: $input) { ${MATTER} } }`, { id, input }, token),
    changeChannelRaw: (id: string, input: Record<string, unknown>, token = w.tokens.admin!) =>
      t.gql(`mutation ($id: ID!, $input: ChangeChannelInput!) { changeChannel(id: $id, input: $input) { ${MATTER} } }`, { id, input }, token),
    acceptRaw: (assignmentId: string, token: string) =>
      t.gql(`mutation ($id: ID!) { acceptAssignment(assignmentId: $id) { ${MATTER} } }`, { id: assignmentId }, token),
    accept: (assignmentId: string, token: string) =>
      run("acceptAssignment", `mutation ($id: ID!) { acceptAssignment(assignmentId: $id) { ${MATTER} } }`, { id: assignmentId }, token),
    returnRaw: (assignmentId: string, token: string, reason = "不属于本单位职责") =>
      t.gql(`mutation ($id: ID!, $r: String!) { returnAssignment(assignmentId: $id, reason: $r) { ${MATTER} } }`, { id: assignmentId, r: reason }, token),
    rejectRaw: (id: string, token = w.tokens.admin!, reason = "不属于受理范围") =>
      t.gql(`mutation ($id: ID!, $r: String!) { rejectCivicMatter(id: $id, reason: $r) { ${MATTER} } }`, { id, r: reason }, token),
    mergeRaw: (id: string, intoId: string, token = w.tokens.admin!) =>
      t.gql(`mutation ($id: ID!, $into: ID!) { mergeCivicMatter(id: $id, intoId: $into, note: "重复") { ${MATTER} } }`, { id, into: intoId }, token),
    resolveRaw: (id: string, token = w.tokens.admin!, resolution = "已修复") =>
      t.gql(`mutation ($id: ID!, $input: ResolveCivicMatterInput!) { resolveCivicMatter(id: $id, input: $input) { ${MATTER} } }`, { id, input: { resolution } }, token),
    followUpRaw: (id: string, input: Record<string, unknown>, token = w.tokens.village!) =>
      t.gql(`mutation ($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { ${MATTER} } }`, { id, input }, token),
    rateRaw: (id: string, input: Record<string, unknown>, token = w.tokens.resident!) =>
      t.gql(`mutation ($id: ID!, $input: RateCivicMatterInput!) { rateCivicMatter(id: $id, input: $input) { ${MATTER} } }`, { id, input }, token),
    progressRaw: (id: string, note: string, isPublic: boolean, token = w.tokens.admin!) =>
      t.gql(`mutation ($id: ID!, $input: ProgressInput!) { postProgress(id: $id, input: $input) { ${MATTER} } }`, { id, input: { note, public: isPublic } }, token),
    superviseRaw: (id: string, input: Record<string, unknown>, token = w.tokens.district!) =>
      t.gql(`mutation ($id: ID!, $input: SuperviseInput!) { superviseCivicMatter(id: $id, input: $input) { ${MATTER} supervisionLevel } }`, { id, input }, token),
    requestExtensionRaw: (id: string, input: Record<string, unknown>, token: string) =>
      t.gql(`mutation ($id: ID!, $input: ExtensionRequestInput!) { requestExtension(id: $id, input: $input) { ${MATTER} extensions { id state } } }`, { id, input }, token),
    decideExtensionRaw: (extensionId: string, approve: boolean, token = w.tokens.district!) =>
      t.gql(`mutation ($id: ID!, $a: Boolean!) { decideExtension(extensionId: $id, approve: $a, note: "同意") { ${MATTER} } }`, { id: extensionId, a: approve }, token),
    get: (id: string, token = w.tokens.admin!) => run("civicMatter", `query ($id: ID!) { civicMatter(id: $id) { ${MATTER} } }`, { id }, token),
    /** Everything a refused call must leave as it was. */
    async snapshot(id: string | number) {
      const matterId = Number(id);
      const [row] = await db.select().from(civicMatters).where(eq(civicMatters.id, matterId));
      const counted = async (table: typeof matterEvents | typeof matterAssignments | typeof followUps | typeof matterSupervisions | typeof matterExtensions) =>
        (await db.select({ n: count() }).from(table).where(eq(table.matterId, matterId)))[0]!.n;
      const assignments = await db.select().from(matterAssignments).where(eq(matterAssignments.matterId, matterId)).orderBy(asc(matterAssignments.id));
      const extensions = await db.select().from(matterExtensions).where(eq(matterExtensions.matterId, matterId)).orderBy(asc(matterExtensions.id));
      const [audits] = await db.select({ n: count() }).from(auditLog);
      return {
        row,
        events: await counted(matterEvents),
        assignments,
        extensions,
        followUps: await counted(followUps),
        supervisions: await counted(matterSupervisions),
        audits: audits!.n,
      };
    },
    async events(id: string | number) {
      return db.select().from(matterEvents).where(eq(matterEvents.matterId, Number(id))).orderBy(asc(matterEvents.id));
    },
    async lastEvent(id: string | number) {
      const events = await api.events(id);
      return events[events.length - 1]!;
    },
  };
  return api;
}

/** A matter's lead assignment that is still open. */
export const openLead = (m: Matter) => m.assignments.find((a) => (a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL") && (a.state === "PENDING" || a.state === "ACCEPTED"))!;

// --- an independent working-day reference, from the calendar as the API lists it -------------

export const plusDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export function referenceCalendar(exceptions: { date: string; kind: string }[]) {
  const kinds = new Map(exceptions.map((e) => [e.date, e.kind]));
  const working = (day: string) => {
    const kind = kinds.get(day);
    if (kind) return kind === "WORKDAY";
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  return {
    working,
    add(start: string, n: number) {
      let day = start;
      for (let left = n; left > 0; ) {
        day = plusDays(day, 1);
        if (working(day)) left--;
      }
      return day;
    },
    between(a: string, b: string) {
      let n = 0;
      for (let day = plusDays(a, 1); day <= b; day = plusDays(day, 1)) if (working(day)) n++;
      return n;
    },
  };
}

export async function calendarFromApi(t: TestServer, token: string, from: string, to: string) {
  const data = await t.ok<{ calendarDays: { date: string; kind: string }[] }>(
    `query ($f: LocalDate!, $t: LocalDate!) { calendarDays(from: $f, to: $t) { date kind } }`,
    { f: from, t: to },
    token,
  );
  return referenceCalendar(data.calendarDays);
}

/** The named field of an answer that must have succeeded; throws with its errors otherwise. */
export const fieldOf = <T = Matter>(result: GraphQLResult, field: string): T => {
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data![field] as T;
};
