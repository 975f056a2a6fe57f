import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Slots } from "@cunwu/server/request/slots";
import { AppError } from "@cunwu/server/errors";
import { startTestServer, type TestServer } from "../support/server";

// Reports are counted a few at a time (CUNWU_REPORTS_AT_ONCE): the rest wait
// their turn, first come first served, and one still waiting when its
// request's time budget runs out is refused as TIME_BUDGET.

/** Work that ends when told to, and says when it started. */
function controlled(log: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    work: () => {
      log.push(name);
      return done;
    },
    finish: () => finish(name),
    fail: () => fail(new Error(`${name} broke`)),
  };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("report slots", () => {
  it("run at most their size at once, the others in the order they came, each failure freeing its slot", async () => {
    const slots = new Slots(2);
    const started: string[] = [];
    const [a, b, c, d] = ["a", "b", "c", "d"].map((name) => controlled(started, name));
    const runs = [a, b, c, d].map((job) => slots.run(job!.work));
    await tick();
    expect(started).toEqual(["a", "b"]);
    expect(slots.queued).toBe(2);

    b!.fail();
    await expect(runs[1]).rejects.toThrow("b broke");
    await tick();
    expect(started).toEqual(["a", "b", "c"]);
    a!.finish();
    await expect(runs[0]).resolves.toBe("a");
    await tick();
    expect(started).toEqual(["a", "b", "c", "d"]);
    c!.finish();
    d!.finish();
    await expect(Promise.all(runs.slice(2))).resolves.toEqual(["c", "d"]);
    expect(slots.queued).toBe(0);

    // Every slot is free again: two start at once.
    const [e, f] = ["e", "f"].map((name) => controlled(started, name));
    const more = [slots.run(e!.work), slots.run(f!.work)];
    await tick();
    expect(started.slice(-2)).toEqual(["e", "f"]);
    e!.finish();
    f!.finish();
    await Promise.all(more);
  });

  it("give a report alone the free slots it wants, and each of several waiting ones a single slot", async () => {
    const slots = new Slots(2);
    const held: Record<string, number> = {};
    const started: string[] = [];
    const wanting = (name: string) => {
      const job = controlled(started, name);
      return { ...job, run: slots.run((n) => ((held[name] = n), job.work()), undefined, 2) };
    };
    const alone = wanting("alone");
    await tick();
    expect(held).toEqual({ alone: 2 });
    // It holds both: the next two wait, though each wants only what is free.
    const [x, y] = [wanting("x"), wanting("y")];
    await tick();
    expect(slots.queued).toBe(2);
    alone.finish();
    await alone.run;
    await tick();
    expect(held).toEqual({ alone: 2, x: 1, y: 1 });
    x.finish();
    y.finish();
    await Promise.all([x.run, y.run]);
    // All free again: one that wants one slot takes one.
    await slots.run(async (n) => void (held.one = n));
    expect(held.one).toBe(1);
  });

  it("refuses one still waiting at its request's deadline as TIME_BUDGET, and lets the next in line through", async () => {
    const slots = new Slots(1);
    const started: string[] = [];
    const [busy, late, next] = ["busy", "late", "next"].map((name) => controlled(started, name));
    const first = slots.run(busy!.work);
    const refused = slots.run(late!.work, { at: Date.now() + 50, budgetMs: 50 });
    const waiting = slots.run(next!.work);
    const error = await refused.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", reason: "TIME_BUDGET" });
    expect(slots.queued).toBe(1);

    busy!.finish();
    await first;
    await tick();
    expect(started, "the refused work never ran").toEqual(["busy", "next"]);
    next!.finish();
    await expect(waiting).resolves.toBe("next");
  });
});

describe("reports asked for at once (CUNWU_REPORTS_AT_ONCE=1)", () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer({ fixture: "demo-year", env: { CUNWU_REPORTS_AT_ONCE: "1" } });
    token = await t.login("district");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers every one, each as it answers alone", async () => {
    const year = new Date().getFullYear();
    const requests = [
      `{ pointsReport(filter: { from: "${year}-01-01", to: "${year}-12-31" }) { pointsAwarded netRedeemed redeemingHouseholds byVillage { villageId pointsAwarded } } }`,
      `{ civicReport(filter: { from: "${year}-01-01", to: "${year}-12-31" }) { received overdue resolutionRate { numerator denominator } } }`,
      `{ districtReport(year: ${year}) { volunteer { activitiesHeld { value monthly } } households { active { value } } } }`,
    ];
    const alone = [];
    for (const query of requests) alone.push(await t.ok(query, {}, token));
    expect((alone[0] as { pointsReport: { pointsAwarded: number } }).pointsReport.pointsAwarded).toBeGreaterThan(0);

    const together = await Promise.all([...requests, ...requests].map((query) => t.gql(query, {}, token)));
    for (const [i, answer] of together.entries()) {
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      expect(answer.data).toEqual(alone[i % requests.length]);
    }
  });
});
