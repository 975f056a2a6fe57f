/**
 * A model-based property test of the points ledger and the village shop
 * (issue 3: "random sequences of award, publicity, objection, post, deduct,
 * redeem, cancel, reverse and retried keys, applied to the server and to an
 * in-memory model").
 *
 * Each run gets a world of its own: 4 fresh households of 石门村 (PC01,
 * publicity 0: awards post at once), 2 of 青龙村 (PC02, publicity 3 days:
 * awards wait as batches) and 3 fresh products of PC01's shop with random
 * price and small stock. fast-check generates up to 25 commands; each one is
 * sent to the real server over HTTP and applied to the model, which predicts
 * the outcome (success or the exact error code). After every command the
 * server's balances, stock and batches must equal the model's; after every run
 * reconcileLedger must find nothing (the reports' rollups included).
 *
 * The model, its commands and the world of a run are in
 * tests/support/ledger-model/.
 *
 * Replay a failure with LEDGER_MODEL_SEED, LEDGER_MODEL_PATH and
 * LEDGER_MODEL_REPLAY_PATH (fast-check prints the seed and path, and the
 * replayPath after the counterexample); LEDGER_MODEL_RUNS changes the number
 * of runs; LEDGER_MODEL_STATS=1 prints how often each outcome came up.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { commandsArb } from "../support/ledger-model/commands";
import { ledgerSetup, type LedgerSetup } from "../support/ledger-model/setup";
import { newWorld, worldArb } from "../support/ledger-model/world";

let t: TestServer;
let setup: LedgerSetup;

beforeAll(async () => {
  t = await startTestServer();
  setup = await ledgerSetup(t);
});
afterAll(() => t?.close());

describe("the points ledger against a model", () => {
  it(
    "agrees with the model on every outcome, balance, stock and batch, and reconciles after every run",
    async () => {
      const stats = { runs: 0, commands: 0, by: {} as Record<string, number> };
      const seed = process.env.LEDGER_MODEL_SEED;
      const path = process.env.LEDGER_MODEL_PATH;
      const replayPath = process.env.LEDGER_MODEL_REPLAY_PATH;
      await fc.assert(
        fc.asyncProperty(worldArb, commandsArb(replayPath), async (world, cmds) => {
          const model = await newWorld(setup, world);
          await fc.asyncModelRun(() => ({ model, real: t }), cmds);
          stats.runs += 1;
          stats.commands += model.tally.filter((k) => !k.includes("(start)")).length;
          for (const k of model.tally) stats.by[k] = (stats.by[k] ?? 0) + 1;
          const data = await t.ok<any>(
            `{ reconcileLedger { householdsChecked entriesChecked mismatches { householdId cachedBalance ledgerBalance } brokenEntries { entryId problem } monthSumMismatches { villageId month kind storedPoints entryPoints }
              redeemerYearMismatches { householdId year storedCounts redemptionCounts storedPeople people }
              redeemerMonthMismatches { villageId year month storedHouseholds households storedPeople people } } }`,
            {},
            setup.tokens.admin,
          );
          expect(data.reconcileLedger.mismatches, `reconcileLedger after\n  ${model.log.join("\n  ")}`).toEqual([]);
          expect(data.reconcileLedger.brokenEntries, `reconcileLedger after\n  ${model.log.join("\n  ")}`).toEqual([]);
          // The reports' monthly sums equal a recomputation from the entries after every random sequence.
          expect(data.reconcileLedger.monthSumMismatches, `reconcileLedger after\n  ${model.log.join("\n  ")}`).toEqual([]);
          expect(data.reconcileLedger.redeemerYearMismatches, `reconcileLedger after\n  ${model.log.join("\n  ")}`).toEqual([]);
          expect(data.reconcileLedger.redeemerMonthMismatches, `reconcileLedger after\n  ${model.log.join("\n  ")}`).toEqual([]);
        }),
        {
          numRuns: Number(process.env.LEDGER_MODEL_RUNS ?? 20),
          ...(seed ? { seed: Number(seed) } : {}),
          ...(path ? { path } : {}),
        },
      );
      if (process.env.LEDGER_MODEL_STATS) {
        const by = Object.entries(stats.by).sort(([a], [b]) => (a < b ? -1 : 1));
        console.log(`ledger model: ${stats.runs} runs, ${stats.commands} commands\n${by.map(([k, n]) => `  ${k}: ${n}`).join("\n")}`);
      }
    },
  );
});
