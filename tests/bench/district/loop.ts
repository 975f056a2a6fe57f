import { loopProbe, type Child } from "./servers";
import { reportRequests } from "./lists";
import type { World } from "./world";
import { load, ms } from "./load";

// The server's event-loop delay while ten clients ask for reports: read in
// the cunwu child itself by the preloaded probe (loop-probe.ts), so the
// load client's own work is not in the figure.

export async function loopFigures(world: World, cunwu: Child, seconds: number): Promise<void> {
  // The district admin's: the committee's districtReport is refused, no load.
  const requests = reportRequests(world).filter((r) => r.token === world.admin).map((r) => ({
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${r.token}` },
    body: JSON.stringify({ query: r.query, variables: r.variables }),
  }));
  await loopProbe(cunwu, "reset");
  const figure = await load({ url: cunwu.url, connections: 10, duration: seconds, requests });
  const loop = await loopProbe(cunwu, "read");
  console.log(
    `\nEvent-loop delay of the cunwu process under report load (-c10, ${seconds} s, the ${requests.length} report requests in turn: ` +
      `${figure.reqPerSec.toFixed(1)} req/s, p50 ${ms(figure.p50)}, p95 ${ms(figure.p95)}, p99 ${ms(figure.p99)}, ${figure.failed} failed):\n` +
      `  p50 ${ms(loop.p50)}, p99 ${ms(loop.p99)} (goal ≤ 50 ms), max ${ms(loop.max)}`,
  );
}
