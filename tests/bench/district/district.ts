import { startCeiling, startCunwu, startPostgraphile, type Child } from "./servers";
import { makeWorld } from "./world";
import { compare } from "./nested";
import { listFigures, reportFigures } from "./lists";
import { statementFigures } from "./statements";
import { loopFigures } from "./loop";
import { redeemFigures } from "./redeem";

// `pnpm bench district`: cunwu at district scale on PostgreSQL, beside
// PostGraphile 4 and a hand-written SQL ceiling in the same run. Needs a
// generated district database in BENCH_DATABASE_URL; it writes to it (the
// bench's two logins, the redemptions), so use a copy made for benching.

const howTo = `district bench skipped: set BENCH_DATABASE_URL to a PostgreSQL database holding a district, e.g.
  createdb cunwu_district && DATABASE_URL=postgres://…/cunwu_district pnpm seed --scale district
  BENCH_DATABASE_URL=postgres://…/cunwu_district pnpm bench district
(the bench writes to it: its own two logins and a few thousand redemptions). The demo district works too (pnpm seed).`;

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
/** BENCH_PARTS=nested,byId,floor,lists,reports,statements,loop,redeem runs only those. */
const parts = process.env.BENCH_PARTS?.split(",");
const part = (name: string) => !parts || parts.includes(name);

export async function districtFigures(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) {
    console.log(howTo);
    return;
  }
  const rounds = setting("BENCH_ROUNDS", 3);
  const seconds = setting("BENCH_SECONDS", 5);
  const children: Child[] = [];
  try {
    const cunwu = await startCunwu(databaseUrl);
    children.push(cunwu);
    const pg4 = await startPostgraphile(databaseUrl);
    children.push(pg4);
    const ceiling = await startCeiling(databaseUrl);
    children.push(ceiling);
    const world = await makeWorld(cunwu.url, databaseUrl);
    try {
      console.log(`\nDistrict bench on ${new URL(databaseUrl).pathname.slice(1)}: village ${world.villageId}, household ${world.householdId}`);
      if (part("nested")) await compare(world, cunwu, pg4, ceiling, "nested", rounds, seconds);
      if (part("byId")) await compare(world, cunwu, pg4, ceiling, "byId", rounds, seconds);
      if (part("floor")) await compare(world, cunwu, pg4, ceiling, "floor", rounds, seconds);
      if (part("lists")) await listFigures(world);
      if (part("reports")) await reportFigures(world);
      if (part("statements")) await statementFigures(world, databaseUrl);
      if (part("loop")) await loopFigures(world, cunwu, setting("BENCH_LOOP_ROUNDS", 3));
      // Last: it writes.
      if (part("redeem")) await redeemFigures(world, cunwu.process.pid!);
    } finally {
      await world.sql.end();
    }
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}
