import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The order files start in: longest first, across both databases, so the two
// workers finish together instead of one waiting on a late browser test.
// A file's length is its duration in the last run where vitest remembers it;
// on a fresh clone, its size, with a browser test counted as several files'
// worth (a browser and a server share the cores for a minute or more).

const browserWeight = 5;

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const key = (spec: TestSpecification) => `${spec.project.name}:${path.relative(config.root, spec.moduleId)}`;
    const known = files.every((spec) => cache.getFileTestResults(key(spec))?.duration);
    const cost = (spec: TestSpecification): number => {
      if (known) return cache.getFileTestResults(key(spec))!.duration;
      const size = cache.getFileStats(key(spec))?.size ?? 0;
      return spec.moduleId.includes(`${path.sep}e2e${path.sep}`) ? size * browserWeight : size;
    };
    return [...files].sort((a, b) => cost(b) - cost(a));
  }
}
