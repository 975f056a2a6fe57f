import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  awardBatchAttachments,
  awardBatches,
  awardLineAttachments,
  idempotencyKeys,
  pointEntries,
  pointEntryAttachments,
} from "@cunwu/schema";
import type { TestServer } from "../support/server";
import { expectError, expectReason } from "../support/assert";
import { newUserToken } from "../support/ops/users";
import { postAtOnce } from "../support/ops/villages";
import { districtToday, newKey } from "../support/ops/keys";
import { ATTACHMENTS, attachedCount, expectServed, idsOf, startPhotoServer, upload, uploads, type Attachment } from "../support/photos";

// Photos of an award: of the award as a whole and per household, on a batch
// on publicity (公示) and its lines, or on the entries posted at once; a
// batch's photos reach its entries when it posts. Seen by exactly who sees
// the batch (its village's residents too) or the entry (its own household).

let t: TestServer;
const tokens: Record<string, string> = {};
const hh: Record<string, string> = {};
const villageIds: Record<string, number> = {};

beforeAll(async () => {
  t = await startPhotoServer(["admin", "village", "resident", "township", "dept"], { tokens, villageIds, hh });
  // 白鹤村 posts at once (no publicity); 石门村 runs 3 days of 公示.
  await postAtOnce(t, villageIds.PC03!, tokens.admin!);
  const password = "photos-password-1";
  const residentOf = async (username: string, number: string) =>
    (tokens[username] = await newUserToken(t, tokens.admin!, { username, password, role: "RESIDENT", householdId: hh[number]! }));
  await residentOf("pc03a", "PC03-001");
  await residentOf("pc03b", "PC03-002");
  await residentOf("pc01b", "PC01-002");
  await residentOf("pc02", "PC02-001");
});
afterAll(() => t?.close());

const ENTRY = `id householdId kind ${ATTACHMENTS}`;
type Entry = { id: string; householdId: string; kind: string; attachments: Attachment[] };
type Line = { id: string; householdId: string; attachments: Attachment[] };
type Batch = { id: string; status: string; attachments: Attachment[]; lines: Line[] };
const BATCH = `id status ${ATTACHMENTS} lines { id householdId ${ATTACHMENTS} }`;

const award = (input: Record<string, unknown>, token: string) =>
  t.gql<{ awardPoints: { entries: Entry[]; batch: Batch | null } }>(
    `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { ${ENTRY} } batch { ${BATCH} } } }`,
    { input: { points: 5, reason: "美丽庭院", deedDate: districtToday(), idempotencyKey: newKey(), ...input } },
    token,
  );
const entriesOf = (householdId: string, token: string) =>
  t.gql<{ pointEntries: { items: Entry[] } }>(
    `query ($h: ID!) { pointEntries(filter: { householdId: $h }, perPage: 50) { items { ${ENTRY} } } }`,
    { h: householdId },
    token,
  );
const batch = (id: string, token: string) => t.gql<{ awardBatch: Batch }>(`query ($id: ID!) { awardBatch(id: $id) { ${BATCH} } }`, { id }, token);
const db = () => t.server.connection.db;

async function snapshot() {
  const n = async (table: typeof awardBatches | typeof pointEntries | typeof idempotencyKeys | typeof awardBatchAttachments | typeof awardLineAttachments | typeof pointEntryAttachments) =>
    (await db().select({ n: count() }).from(table as typeof awardBatches))[0]!.n;
  return {
    batches: await n(awardBatches),
    entries: await n(pointEntries),
    batchPhotos: await n(awardBatchAttachments),
    linePhotos: await n(awardLineAttachments),
    entryPhotos: await n(pointEntryAttachments),
    keys: await n(idempotencyKeys),
  };
}

describe("photos of an award posted at once", () => {
  it("put the award's photos on every entry, then each household's own; a resident sees only its own entry's", async () => {
    const [whole, courtyard] = [await upload(t, tokens.admin!, "#208040"), await upload(t, tokens.admin!, "#806020")];
    const key = newKey();
    const input = { householdIds: [hh["PC03-001"], hh["PC03-002"]], attachmentIds: [whole], householdAttachments: [{ householdId: hh["PC03-001"], attachmentIds: [courtyard] }], idempotencyKey: key };
    const result = await award(input, tokens.admin!);
    expect(result.errors).toBeUndefined();
    const entries = result.data!.awardPoints.entries;
    const byHousehold = Object.fromEntries(entries.map((e) => [e.householdId, idsOf(e.attachments)]));
    expect(byHousehold).toEqual({ [hh["PC03-001"]!]: [whole, courtyard], [hh["PC03-002"]!]: [whole] });
    expect(await attachedCount(t, [whole, courtyard])).toBe(2);
    await expectServed(t, entries[0]!.attachments[0]!);

    // Each resident reads its own entry with its photos; the other household's entry is not theirs to read.
    const own = await entriesOf(hh["PC03-002"]!, tokens.pc03b!);
    expect(own.data!.pointEntries.items.map((e) => idsOf(e.attachments))).toEqual([[whole]]);
    const other = await entriesOf(hh["PC03-001"]!, tokens.pc03b!);
    expect(JSON.stringify(other)).not.toContain(`"id":"${courtyard}"`);
    expect(other.data?.pointEntries.items ?? []).toEqual([]);
    const first = await entriesOf(hh["PC03-001"]!, tokens.pc03a!);
    expect(first.data!.pointEntries.items.map((e) => idsOf(e.attachments))).toEqual([[whole, courtyard]]);
    // Staff of the area see them; a deduction or any other entry has none.
    expect((await entriesOf(hh["PC03-001"]!, tokens.township!)).data!.pointEntries.items[0]!.attachments).toHaveLength(2);

    // The same key with the same photos replays; with other photos it is another request.
    const before = await snapshot();
    const again = await award(input, tokens.admin!);
    expect(again.errors).toBeUndefined();
    expect(again.data!.awardPoints.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(again.data!.awardPoints.entries.map((e) => idsOf(e.attachments))).toEqual(entries.map((e) => idsOf(e.attachments)));
    const fresh = await upload(t, tokens.admin!);
    expectReason(await award({ ...input, attachmentIds: [fresh] }, tokens.admin!), "CONFLICT", "IDEMPOTENCY_KEY_REUSED");
    expectReason(await award({ ...input, householdAttachments: [] }, tokens.admin!), "CONFLICT", "IDEMPOTENCY_KEY_REUSED");
    expect(await snapshot()).toEqual(before);
    expect(await attachedCount(t, [fresh])).toBe(0);
  });
});

describe("photos of an award on publicity (公示)", () => {
  it("sit on the batch and its lines, seen by the village's residents, and reach the entries when it posts", async () => {
    const [whole, a, b] = await uploads(t, tokens.village!, 3);
    const households = [hh["PC01-002"]!, hh["PC01-003"]!];
    const result = await award(
      { householdIds: households, attachmentIds: [whole], householdAttachments: [{ householdId: households[0], attachmentIds: [b, a] }] },
      tokens.village!,
    );
    expect(result.errors).toBeUndefined();
    const made = result.data!.awardPoints.batch!;
    expect(result.data!.awardPoints.entries).toEqual([]);
    const linePhotos = (x: Batch) => Object.fromEntries(x.lines.map((l) => [l.householdId, idsOf(l.attachments)]));
    expect(idsOf(made.attachments)).toEqual([whole]);
    expect(linePhotos(made)).toEqual({ [households[0]!]: [b, a], [households[1]!]: [] });

    // Publicity is public in the village: any of its residents, and the staff above it, see the photos.
    for (const who of ["resident", "pc01b", "village", "township", "admin"]) {
      const read = await batch(made.id, tokens[who]!);
      expect(read.errors, who).toBeUndefined();
      expect(idsOf(read.data!.awardBatch.attachments), who).toEqual([whole]);
      expect(linePhotos(read.data!.awardBatch), who).toEqual(linePhotos(made));
    }
    await expectServed(t, (await batch(made.id, tokens.resident!)).data!.awardBatch.lines.find((l) => l.attachments.length)!.attachments[0]!);
    // Another village's resident does not get the batch at all; department staff do not read batches.
    expectError(await batch(made.id, tokens.pc02!), "NOT_FOUND");
    expectError(await batch(made.id, tokens.dept!), "FORBIDDEN");

    await db().execute(sql`update award_batches set publicity_ends_on = current_date - 1 where id = ${Number(made.id)}`);
    const posted = await t.gql(`mutation ($id: ID!) { postAwardBatch(id: $id) { id status } }`, { id: made.id }, tokens.village!);
    expect(posted.errors).toBeUndefined();
    const entryOf = async (household: string, token: string) => (await entriesOf(household, token)).data!.pointEntries.items;
    expect((await entryOf(households[0]!, tokens.pc01b!)).map((e) => idsOf(e.attachments))).toEqual([[whole, b, a]]);
    expect((await entryOf(households[1]!, tokens.admin!)).map((e) => idsOf(e.attachments))).toEqual([[whole]]);
    // The demo resident (PC01-001) sees the batch, but not another household's entry.
    expect(JSON.stringify(await entriesOf(households[0]!, tokens.resident!))).not.toContain(`"id":"${b}"`);
    // The batch keeps its own photos after posting.
    expect(idsOf((await batch(made.id, tokens.resident!)).data!.awardBatch.attachments)).toEqual([whole]);
  });
});

describe("an award's photos refused", () => {
  it("each refusal leaves no batch, no entry, no link and no file taken", async () => {
    const mine = await uploads(t, tokens.village!, 3);
    const others = await upload(t, tokens.admin!);
    const ten = Array.from({ length: 10 }, (_, i) => String(900_000 + i));
    const households = [hh["PC01-004"]!, hh["PC01-005"]!];
    const base = { householdIds: households };
    const before = await snapshot();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ attachmentIds: ten }, { attachmentIds: "TOO_MANY" }],
      [{ householdAttachments: [{ householdId: households[0], attachmentIds: ten }] }, { householdAttachments: "TOO_MANY" }],
      [{ attachmentIds: [mine[0]], householdAttachments: [{ householdId: households[0], attachmentIds: [mine[0]] }] }, { attachmentIds: "DUPLICATE" }],
      [{ attachmentIds: [mine[0], mine[0]] }, { attachmentIds: "DUPLICATE" }],
      [
        { householdAttachments: [{ householdId: households[0], attachmentIds: [mine[0]] }, { householdId: households[1], attachmentIds: [mine[0]] }] },
        { attachmentIds: "DUPLICATE" },
      ],
      [{ householdAttachments: [{ householdId: hh["PC01-006"], attachmentIds: [mine[0]] }] }, { householdAttachments: "INVALID" }],
      [
        { householdAttachments: [{ householdId: households[0], attachmentIds: [mine[0]] }, { householdId: households[0], attachmentIds: [mine[1]] }] },
        { householdAttachments: "INVALID" },
      ],
      [{ householdAttachments: [{ householdId: "x", attachmentIds: [mine[0]] }] }, { householdAttachments: "INVALID" }],
      [{ attachmentIds: ["photo-1"] }, { attachmentIds: "INVALID" }],
      [{ attachmentIds: [mine[0], others] }, { attachmentIds: "NOT_FOUND" }],
      [{ householdAttachments: [{ householdId: households[1], attachmentIds: [mine[1], others] }] }, { attachmentIds: "NOT_FOUND" }],
    ];
    for (const [photos, fields] of cases) expectError(await award({ ...base, ...photos }, tokens.village!), "BAD_USER_INPUT", fields);
    // Posted at once too: a refused photo leaves no entry.
    expectError(await award({ householdIds: [hh["PC03-004"]], attachmentIds: [others, mine[0]] }, tokens.admin!), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
    expect(await attachedCount(t, [...mine, others])).toBe(0);

    // Once taken by one award, a photo is ALREADY_ATTACHED for the next, which changes nothing.
    expect((await award({ ...base, attachmentIds: [mine[0]] }, tokens.village!)).errors).toBeUndefined();
    const taken = await snapshot();
    expectError(await award({ ...base, attachmentIds: [mine[1], mine[0]] }, tokens.village!), "BAD_USER_INPUT", { attachmentIds: "ALREADY_ATTACHED" });
    expect(await snapshot()).toEqual(taken);
    expect(await attachedCount(t, [mine[1]!, mine[2]!])).toBe(0);
  });
});
