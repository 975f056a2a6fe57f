import http from "node:http";
import { eq, sql } from "drizzle-orm";
import { loginAttempts } from "@cunwu/schema";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoPassword, startTestServer, type GraphQLResult, type TestServer } from "../support/server";

// Login limits that hold under a burst and cannot be turned against users
// (CUNWU_LOGIN_MAX_FAILURES=5 here, the default): counted atomically; a
// username and address pair waits after five failures, an address after
// twenty; a username guessed at from everywhere is slowed to one attempt per
// CUNWU_LOGIN_SLOW_SECONDS (here 30), never locked. Time passing is the
// attempts' times moved back, as a loaded machine must not decide a result. Requests come from
// several loopback addresses (127.0.0.2, 127.0.0.3, …) as from several computers.

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ env: { CUNWU_LOGIN_MAX_FAILURES: "5", CUNWU_LOGIN_SLOW_SECONDS: "30" } });
});
beforeEach(async () => {
  await t.server.connection.db.delete(loginAttempts);
});
afterAll(() => t?.close());

interface Attempt {
  ok: boolean;
  reason?: string;
  retryAfterSeconds?: number;
}

/** One login from `from` (a loopback address of this machine). */
function login(username: string, password: string, from: string): Promise<Attempt> {
  const url = new URL(`${t.url}/graphql`);
  const body = JSON.stringify({
    query: `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    variables: { u: username, p: password },
  });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: from,
        headers: { "content-type": "application/json", "apollo-require-preflight": "true", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk));
        response.on("end", () => {
          const result = JSON.parse(text) as GraphQLResult<{ login: { token: string } }>;
          const error = result.errors?.[0];
          resolve({
            ok: Boolean(result.data?.login?.token),
            reason: error?.extensions.reason as string | undefined,
            retryAfterSeconds: error?.extensions.retryAfterSeconds as number | undefined,
          });
        });
      },
    );
    request.once("error", reject);
    request.end(body);
  });
}

describe("login limits", () => {
  it("checks at most five of 30 wrong passwords sent at once for one username", async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login("village", `wrong-${i}`, "127.0.0.2")));
    expect(answers.filter((a) => a.reason === "BAD_CREDENTIALS")).toHaveLength(5);
    expect(answers.filter((a) => a.reason === "RATE_LIMITED")).toHaveLength(25);
    const checked = await t.server.connection.db.select().from(loginAttempts).where(eq(loginAttempts.username, "village"));
    expect(checked).toHaveLength(5);
  });

  it("does not let five wrong passwords from one computer keep the right one out on another", async () => {
    for (let i = 0; i < 5; i++) expect(await login("admin", `wrong-${i}`, "127.0.0.2")).toMatchObject({ ok: false, reason: "BAD_CREDENTIALS" });
    // That computer waits for the window…
    const locked = await login("admin", demoPassword, "127.0.0.2");
    expect(locked).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(locked.retryAfterSeconds).toBeGreaterThan(60);
    // …the admin at another computer logs in at once, and other users at the first one too.
    expect(await login("admin", demoPassword, "127.0.0.3")).toEqual({ ok: true });
    expect(await login("village", demoPassword, "127.0.0.2")).toEqual({ ok: true });
  });

  it("waits an address out after twenty failures across usernames", async () => {
    for (let i = 0; i < 20; i++) expect((await login(`stranger${i}`, "wrong", "127.0.0.4")).reason).toBe("BAD_CREDENTIALS");
    expect((await login("township", demoPassword, "127.0.0.4")).reason).toBe("RATE_LIMITED");
    expect(await login("township", demoPassword, "127.0.0.5")).toEqual({ ok: true });
  });

  it("slows a username guessed at from many computers to one attempt in 30 seconds, and the right password gets in after that wait", async () => {
    // Four computers, five guesses each: twenty failures for "dept".
    for (const from of ["127.0.0.10", "127.0.0.11", "127.0.0.12", "127.0.0.13"]) {
      for (let i = 0; i < 5; i++) expect((await login("dept", `wrong-${i}`, from)).reason).toBe("BAD_CREDENTIALS");
    }
    // The next attempt from anywhere, right password or not, waits at most the slow interval…
    const slowed = await login("dept", demoPassword, "127.0.0.20");
    expect(slowed).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(slowed.retryAfterSeconds).toBeGreaterThan(0);
    expect(slowed.retryAfterSeconds).toBeLessThanOrEqual(30);
    // …and once that interval has passed, goes through: delayed, never locked out.
    await t.server.connection.db.execute(sql`update login_attempts set at = at - interval '31 seconds' where username = 'dept'`);
    expect(await login("dept", demoPassword, "127.0.0.20")).toEqual({ ok: true });
  });
});
