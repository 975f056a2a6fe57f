import type { Reporter, TestModule } from "vitest/node";

// Ends the test run with where the time went: the ten slowest test files
// (import and run) and the ten slowest set-ups and tear-downs (a file's
// beforeAll and afterAll hooks, timed in the worker by setup.ts).

interface Timed {
  what: string;
  ms: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

function hookTimes(module: TestModule, name: string): Timed[] {
  const { hooksStartedAt, hooksEndedAt } = module.meta();
  const tests = [...module.children.allTests()].map((t) => t.diagnostic()).filter((d) => d !== undefined);
  if (!hooksStartedAt || !hooksEndedAt || tests.length === 0) return [];
  const firstStart = Math.min(...tests.map((d) => d.startTime));
  const lastEnd = Math.max(...tests.map((d) => d.startTime + d.duration));
  return [
    { what: `${name}  beforeAll`, ms: firstStart - hooksStartedAt },
    { what: `${name}  afterAll`, ms: hooksEndedAt - lastEnd },
  ];
}

export default class SlowestReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const files: Timed[] = [];
    const hooks: Timed[] = [];
    for (const module of modules) {
      const name = `${module.project.name} ${module.relativeModuleId}`;
      const d = module.diagnostic();
      files.push({ what: `${name}  (import ${seconds(d.collectDuration).trim()})`, ms: d.collectDuration + d.duration });
      hooks.push(...hookTimes(module, name));
    }
    const top = (items: Timed[]) =>
      items
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 10)
        .map((t) => `  ${seconds(t.ms)}  ${t.what}`)
        .join("\n");
    process.stdout.write(`\nSlowest test files:\n${top(files)}\nSlowest hooks:\n${top(hooks)}\n`);
  }
}
