import fs from "node:fs";
import { execFileSync } from "node:child_process";
import type postgres from "postgres";

// CPU time spent by processes on this machine, from /proc: steadier than a
// rate on a shared host, as another process's load changes the rate but not
// the work each request costs. Linux only; elsewhere the figures are absent.

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** A process's user + system CPU in ms so far, or undefined when /proc does not say. */
function cpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** PostgreSQL backends of an application, by pid (on this machine). */
async function backends(sql: postgres.Sql, application: string): Promise<Map<number, number>> {
  const rows = await sql<{ pid: number }[]>`select pid from pg_stat_activity where application_name = ${application}`;
  return new Map(rows.flatMap(({ pid }) => (cpuMs(pid) === undefined ? [] : [[pid, cpuMs(pid)!] as const])));
}

/** Runs `work`; its result, and the CPU ms it cost one process. */
export async function processCpuOf<T>(pid: number | undefined, work: () => Promise<T>): Promise<{ result: T; cpu?: number }> {
  const before = pid === undefined ? undefined : cpuMs(pid);
  const result = await work();
  const after = pid === undefined ? undefined : cpuMs(pid);
  return { result, cpu: before !== undefined && after !== undefined ? after - before : undefined };
}

/** Runs `work`; its result, and the CPU ms it cost the server process and the application's PostgreSQL backends. */
export async function cpuOf<T>(server: number, sql: postgres.Sql, application: string, work: () => Promise<T>): Promise<{ result: T; server?: number; postgres?: number }> {
  const serverBefore = cpuMs(server);
  const before = await backends(sql, application);
  const result = await work();
  const serverAfter = cpuMs(server);
  const after = await backends(sql, application);
  return {
    result,
    server: serverBefore !== undefined && serverAfter !== undefined ? serverAfter - serverBefore : undefined,
    postgres: after.size ? [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0) : undefined,
  };
}
