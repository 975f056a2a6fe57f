import type { ScaleSize } from "./sql";

/**
 * The generated districts. `district` is the reference district (30
 * townships, 684 villages, ~120,000 households, ~2 million ledger entries,
 * 50,000 civic matters, 40,000 activities) for the benchmark on PostgreSQL;
 * `township` is one of its townships in the same proportions, for the
 * embedded PGlite; `test` a small one for the tests.
 */
export const scaleSizes = {
  district: {
    name: "district",
    townships: 30,
    villages: 684,
    households: 120_000,
    matters: 50_000,
    activities: 40_000,
    appraisalShare: 0.19,
    individualAwards: 2.5,
    creditsPerRedemption: 7,
  },
  township: {
    name: "township",
    townships: 1,
    villages: 23,
    households: 4_000,
    matters: 1_700,
    activities: 1_350,
    appraisalShare: 0.19,
    individualAwards: 2.5,
    creditsPerRedemption: 7,
  },
  test: {
    name: "test",
    townships: 1,
    villages: 4,
    households: 400,
    matters: 400,
    activities: 140,
    appraisalShare: 0.19,
    individualAwards: 2.5,
    creditsPerRedemption: 7,
  },
} as const satisfies Record<string, ScaleSize>;

export type ScaleName = keyof typeof scaleSizes;

export const isScaleName = (name: string): name is ScaleName => Object.hasOwn(scaleSizes, name);
