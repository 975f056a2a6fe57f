import { monitorEventLoopDelay } from "node:perf_hooks";

// Preloaded into the cunwu child by the district bench (node --import), not
// part of the server: measures the server process's own event-loop delay and
// answers the bench over IPC ("reset" opens a window, "read" reports it).

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const ms = (ns: number) => ns / 1e6;

process.on("message", (message: { loopProbe?: "reset" | "read" }) => {
  if (!message?.loopProbe) return;
  const loop = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) };
  if (message.loopProbe === "reset") histogram.reset();
  process.send?.({ loop });
});
// The IPC channel alone must not keep the server alive.
process.channel?.unref();
