import { loopProbe, type Child } from "./servers";
import { reportRequests } from "./lists";
import type { World } from "./world";
import { load, ms } from "./load";

// The server's event-loop delay while ten clients ask for reports: read in
// the cunwu child itself by the preloaded probe (loop-probe.ts), so the
// load client's own work is not in the figure. A fixed number of requests
// (each report `rounds` times), not a duration: at district scale one
// report can outlast a short window.

export async function loopFigures(world: World, cunwu: Child, rounds: number): Promise<void> {
  const refused = new Map<string, number>();
  // The district admin's: the committee's districtReport is refused, no load.
  const bodies = reportRequests(world)
    .filter((r) => r.token === world.admin)
    .map((r) => JSON.stringify({ query: r.query, variables: r.variables }));
  let next = 0;
  // One shared turn across the connections (each would otherwise start at the first report).
  const requests = [
    {
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${world.admin}` },
      setupRequest: (request: object) => ({ ...request, body: bodies[next++ % bodies.length]! }),
      onResponse: (_status: number, body: string) => {
        const code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
        if (code) refused.set(code, (refused.get(code) ?? 0) + 1);
      },
    },
  ];
  await loopProbe(cunwu, "reset");
  const figure = await load({ url: cunwu.url, connections: 10, amount: Math.max(10, rounds * bodies.length), requests });
  const loop = await loopProbe(cunwu, "read");
  const errors = [...refused].map(([code, n]) => `${n} ${code}`).join(", ") || "none";
  console.log(
    `\nEvent-loop delay of the cunwu process under report load (-c10, the admin's ${bodies.length} report requests in turn, ${figure.done} in ${figure.seconds.toFixed(1)} s: ` +
      `p50 ${ms(figure.p50)}, p95 ${ms(figure.p95)}, p99 ${ms(figure.p99)}; errors: ${errors}):\n` +
      `  p50 ${ms(loop.p50)}, p99 ${ms(loop.p99)} (goal ≤ 50 ms), max ${ms(loop.max)}`,
  );
}
