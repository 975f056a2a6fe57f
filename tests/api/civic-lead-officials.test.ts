import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestServer, type TestServer } from "../support/server";

// 领办 names one official. Staff who assign must be able to pick one, though
// only the district admin may list users: `leadOfficials` lists exactly the
// people an assignment accepts.

interface Official {
  id: string;
  displayName: string;
  role: string;
  departmentId: string | null;
  departmentName: string | null;
  townshipId: string | null;
  townshipName: string | null;
}

const LEAD_OFFICIALS = `{ leadOfficials { id displayName role departmentId departmentName townshipId townshipName } }`;

describe("lead officials (领办)", () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer();
    for (const username of ["admin", "district", "township", "village", "dept", "resident"]) tokens[username] = await t.login(username);
  });
  afterAll(() => t?.close());

  const officials = async (username: string) => (await t.ok<{ leadOfficials: Official[] }>(LEAD_OFFICIALS, {}, tokens[username])).leadOfficials;

  it("lists the active department and township staff with their unit, for staff who assign", async () => {
    const { users } = await t.ok<{ users: { items: { id: string; role: string; active: boolean }[] } }>(
      `{ users(perPage: 200) { items { id role active } } }`,
      {},
      tokens.admin,
    );
    const eligible = users.items.filter((u) => u.active && (u.role === "DEPARTMENT_STAFF" || u.role === "TOWNSHIP_STAFF"));
    expect(eligible.length).toBeGreaterThanOrEqual(2);
    for (const username of ["admin", "district", "township"]) {
      const listed = await officials(username);
      expect(listed.map((o) => o.id).sort()).toEqual(eligible.map((u) => u.id).sort());
    }
    const listed = await officials("district");
    const dept = listed.find((o) => o.role === "DEPARTMENT_STAFF")!;
    expect(dept.departmentName).toBe("区民政局");
    const town = listed.find((o) => o.role === "TOWNSHIP_STAFF")!;
    expect(town.townshipName).toBe("蒲池乡");
  });

  it("leaves out a deactivated official", async () => {
    const before = await officials("township");
    const leaving = before.find((o) => o.role === "DEPARTMENT_STAFF")!;
    await t.ok(`mutation ($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id: leaving.id }, tokens.admin);
    const after = await officials("township");
    expect(after.map((o) => o.id)).not.toContain(leaving.id);
    expect(after).toHaveLength(before.length - 1);
    await t.ok(`mutation ($id: ID!) { updateUser(id: $id, input: { active: true }) { id } }`, { id: leaving.id }, tokens.admin);
    // Deactivation ended the official's sessions.
    tokens.dept = await t.login("dept");
  });

  it("refuses the roles that never name a lead official", async () => {
    for (const username of ["village", "dept", "resident"]) {
      expect(errorCode(await t.gql(LEAD_OFFICIALS, {}, tokens[username])), username).toBe("FORBIDDEN");
    }
    expect(errorCode(await t.gql(LEAD_OFFICIALS))).toBe("UNAUTHENTICATED");
  });

  it("lets township staff assign a matter to an official picked from the list", async () => {
    const { createCivicCategory: category } = await t.ok<{ createCivicCategory: { id: string } }>(
      `mutation { createCivicCategory(input: { code: "SAFETY", name: "安全隐患", defaultChannel: LEAD, deadlineDays: 10 }) { id } }`,
      {},
      tokens.admin,
    );
    const { submitCivicMatter: matter } = await t.ok<{ submitCivicMatter: { id: string } }>(
      `mutation ($input: SubmitCivicMatterInput!) { submitCivicMatter(input: $input) { id } }`,
      { input: { categoryId: category.id, title: "桥头护栏松动", content: "村东桥头护栏松动，孩子上学经过很危险。" } },
      tokens.resident,
    );
    const lead = (await officials("township")).find((o) => o.role === "TOWNSHIP_STAFF")!;
    const { assignCivicMatter } = await t.ok<{ assignCivicMatter: { channel: string; assignments: { role: string; officialUserId: string; personName: string }[] } }>(
      `mutation ($id: ID!, $input: AssignCivicMatterInput!) {
        assignCivicMatter(id: $id, input: $input) { channel assignments { role officialUserId personName } }
      }`,
      { id: matter.id, input: { channel: "LEAD", leadOfficialUserId: lead.id } },
      tokens.township,
    );
    expect(assignCivicMatter.channel).toBe("LEAD");
    expect(assignCivicMatter.assignments).toEqual([{ role: "LEAD_OFFICIAL", officialUserId: lead.id, personName: lead.displayName }]);
  });
});
