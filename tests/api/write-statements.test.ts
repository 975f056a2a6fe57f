import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "@cunwu/server/db/rows";
import { inOneRoundTrip } from "@cunwu/server/db/one-round-trip";
import { readInOneSnapshot } from "@cunwu/server/db/read-lanes";
import type { DbOrTx } from "@cunwu/server/db/database";
import { pgErrorOf } from "@cunwu/server/common/db-errors";
import { errorCode } from "../support/assert";
import { testDatabaseKind } from "../support/database";
import { useShopWorld } from "../support/shop-world";

// A write's statements are named prepared statements on PostgreSQL, kept by
// each connection (server/src/db/named-statements.ts). A migration that adds
// a column while servers run (a rolling upgrade) must not make them fail:
// a statement whose result was `*` would ("cached plan must not change
// result type"), so the raw ones name their columns (db/rows.ts columnsOf).

const w = useShopWorld();
const { found, db, award, createProduct, redeem, balanceOf, stockOf, expectBooksBalance } = w;

/** Sales at once, one unit each, enough to pass through every connection of the pool. */
const sellAtOnce = (households: number[], productId: number) => Promise.all(households.map((householdId) => redeem(householdId, [{ productId, quantity: 1 }])));

describe("a write's statements", () => {
  it("keep selling after a migration adds a column to the tables a sale writes, while the server runs", async () => {
    const households = found.homeHouseholds.slice(1, 13);
    for (const household of households) await award(household, 10);
    const product = await createProduct(2, 100);
    const balances = await Promise.all(households.map(balanceOf));

    const before = await sellAtOnce(households, product);
    expect(before.map(errorCode)).toEqual(households.map(() => undefined));

    await db().execute(sql`alter table redemptions add column added_later text`);
    await db().execute(sql`alter table point_entries add column added_later text`);
    try {
      const after = await sellAtOnce([...households, ...households], product);
      expect(after.map(errorCode)).toEqual([...households, ...households].map(() => undefined));
    } finally {
      await db().execute(sql`alter table redemptions drop column added_later`);
      await db().execute(sql`alter table point_entries drop column added_later`);
    }
    expect(await Promise.all(households.map(balanceOf))).toEqual(balances.map((balance) => balance - 3 * 2));
    expect(await stockOf(product)).toBe(100 - 3 * households.length);
    await expectBooksBalance();
  });
});

/** The statements this connection keeps prepared whose text holds `marker`. */
const keptWith = async (tx: DbOrTx, marker: string) =>
  rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from pg_prepared_statements where statement like ${`%${marker}%`} and statement not like '%pg_prepared_statements%'`))[0]!.n;

describe.skipIf(testDatabaseKind !== "postgres")("which statements a connection keeps prepared", () => {
  it("keeps a write transaction's, not a read-only transaction's, nor a bulk statement's", async () => {
    const written = await db().transaction(async (tx) => {
      await tx.execute(sql`select ${1}::int as named_in_write`);
      await tx.execute(sql`select ${sql.join(Array.from({ length: 101 }, (_, i) => sql`${i}::int`), sql`, `)}, 'bulk_in_write'`);
      return { named: await keptWith(tx, "named_in_write"), bulk: await keptWith(tx, "bulk_in_write") };
    });
    expect(written).toEqual({ named: 1, bulk: 0 });
    const read = await readInOneSnapshot(db(), 1, async ([tx]) => {
      await tx!.execute(sql`select ${1}::int as unnamed_in_read`);
      return keptWith(tx!, "unnamed_in_read");
    });
    expect(read).toBe(0);
  });
});

describe("statements sent in one round trip", () => {
  it("throw the first failure in their order, after every one has settled, and the transaction writes nothing", async () => {
    await db().execute(sql`create table if not exists round_trip_probe (n int)`);
    const failed = db().transaction((tx) =>
      inOneRoundTrip(
        () => tx.execute(sql`insert into round_trip_probe values (1)`),
        () => tx.execute(sql`select * from no_such_table_in_round`),
        () => tx.execute(sql`select 1 / ${0}::int`),
      ),
    );
    await expect(failed).rejects.toMatchObject({ cause: { message: expect.stringMatching(/no_such_table_in_round/) } });
    expect(rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from round_trip_probe`))[0]!.n).toBe(0);
    await db().execute(sql`drop table round_trip_probe`);
  });

  it("answer in their order when none fails", async () => {
    const answers = await db().transaction((tx) =>
      inOneRoundTrip(
        () => tx.execute(sql`select ${"first"}::text as v`).then((r) => rowsOf<{ v: string }>(r)[0]!.v),
        () => tx.execute(sql`select ${"second"}::text as v`).then((r) => rowsOf<{ v: string }>(r)[0]!.v),
      ),
    );
    expect(answers).toEqual(["first", "second"]);
  });
});

// A transaction's BEGIN is sent with its first statements, not awaited
// alone (patches/postgres@3.4.9.patch). What it ends with must still be
// what PostgreSQL did: a commit only when PostgreSQL committed, nothing
// sent once the transaction's connection is gone.
describe("how a transaction ends", () => {
  const probeCount = async () => rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from end_probe`))[0]!.n;

  it("fails, writing nothing, when a statement it did not await failed", async () => {
    await db().execute(sql`create table if not exists end_probe (n int)`);
    const unawaited = db().transaction(async (tx) => {
      await tx.execute(sql`insert into end_probe values (1)`);
      // Started, not awaited: its failure reaches the client after the function returned.
      tx.execute(sql`select 1 / ${0}::int`).catch(() => {});
    });
    // PostgreSQL's driver names the statement's failure, PGlite's the rollback.
    await expect(unawaited).rejects.toThrow(/division by zero|rolled back/);
    expect(await probeCount()).toBe(0);
    await db().execute(sql`drop table end_probe`);
  });

  it.skipIf(testDatabaseKind !== "postgres")("fails, writing nothing, when its connection is cut, and refuses the statements after", async () => {
    await db().execute(sql`create table if not exists end_probe (n int)`);
    let seenFailed!: () => void;
    const failureSeen = new Promise<void>((resolve) => (seenFailed = resolve));
    let after: unknown = "not run";
    const cut = db().transaction(async (tx) => {
      await tx.execute(sql`insert into end_probe values (1)`);
      const [own] = rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`));
      // From another connection, as an administrator or a failover would.
      await db().execute(sql`select pg_terminate_backend(${own!.pid})`);
      await failureSeen;
      after = await tx.execute(sql`insert into end_probe values (2)`).then(
        () => "written",
        (error: { cause?: { code?: string } }) => error.cause?.code,
      );
    });
    await expect(cut).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });
    seenFailed();
    await expect.poll(() => after).toBe("CONNECTION_CLOSED");
    // The pool opens a new connection for the next statement; neither insert is there.
    expect(await probeCount()).toBe(0);
    await db().execute(sql`drop table end_probe`);
  });
});

// A statement whose values are text, numbers, booleans, dates or bytes is
// sent in one round trip, its values typed by PostgreSQL from the statement;
// one with an array waits for PostgreSQL's types first
// (patches/postgres@3.4.9.patch). Either way, what is read is what was sent.
describe("values sent with a statement", () => {
  const plain = async (tx: DbOrTx) =>
    rowsOf<Record<string, unknown>>(
      await tx.execute(sql`select ${"41"}::int + ${1} as sum, ${"村"}::text as word, ${true} and ${false} = false as flag,
        ${"2026-12-07"}::date + 1 as next_day, ${new Uint8Array([1, 2, 255])}::bytea as bytes,
        ${JSON.stringify({ a: [1, "二"] })}::jsonb as detail, ${null}::int as none`),
    )[0]!;
  const typed = async (tx: DbOrTx) =>
    rowsOf<{ ids: number[]; n: number }>(await tx.execute(sql`select ${sql.param([3, 1, 2])}::int[] as ids, ${"7"}::int as n`))[0]!;

  it("reads back as sent, outside a transaction and inside one", async () => {
    for (const read of [(f: (tx: DbOrTx) => Promise<unknown>) => f(db()), (f: (tx: DbOrTx) => Promise<unknown>) => db().transaction((tx) => f(tx))]) {
      const { bytes, ...values } = (await read(plain)) as Record<string, unknown>;
      expect(values).toEqual({ sum: 42, word: "村", flag: true, next_day: "2026-12-08", detail: { a: [1, "二"] }, none: null });
      expect(Buffer.from(bytes as Uint8Array).toString("hex")).toBe("0102ff");
      expect(await read(typed)).toEqual({ ids: [3, 1, 2], n: 7 });
    }
  });

  it("fails with PostgreSQL's own error when a value is not of its type, and the handle goes on", async () => {
    const codeOf = (work: Promise<unknown>) => work.then(() => "no error", (error: unknown) => pgErrorOf(error)?.code);
    // 22P02: invalid text for an integer, sent with its statement or after the types (an array).
    expect(await codeOf(db().execute(sql`select ${"forty"}::int as n`))).toBe("22P02");
    expect(await codeOf(db().execute(sql`select ${sql.param(["3", "x"])}::int[] as ids`))).toBe("22P02");
    // Inside a transaction the failure ends it: what it wrote before is gone.
    await db().execute(sql`create table value_probe (n int)`);
    const inside = db().transaction(async (tx) => {
      await tx.execute(sql`insert into value_probe values (${1})`);
      await tx.execute(sql`insert into value_probe values (${"one"}::int)`);
    });
    expect(await codeOf(inside)).toBe("22P02");
    expect(rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from value_probe`))[0]!.n).toBe(0);
    await db().execute(sql`drop table value_probe`);
    expect(await plain(db())).toMatchObject({ sum: 42 });
  });
});
