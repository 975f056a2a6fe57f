import { and, eq, inArray } from "drizzle-orm";
import { households, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { assertMayKeepHouseholdsOf } from "../auth/scope";
import { badInput } from "../errors";
import { Checks, parseId } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import { duplicateFields, householdValues } from "./household-service";
import type { HouseholdCategory } from "./household-types";
import type {
  HouseholdImportError,
  HouseholdImportResult,
  HouseholdImportRow,
  HouseholdImportRowResult,
  ImportHouseholdsInput,
} from "./household-import-types";

/** More than a village has households; a district-wide file is imported village by village. */
export const maxImportRows = 2000;

const categories: readonly HouseholdCategory[] = ["GENERAL", "LIFTED", "MONITORED"];

const messages: Record<string, string> = {
  REQUIRED: "is required",
  TOO_LONG: "is too long",
  OUT_OF_RANGE: "must be a whole number from 1 to 99",
  INVALID_PHONE: "is not a mobile number (11 digits) or a landline with area code",
  DUPLICATE: "is already used by a household of this village",
  DUPLICATE_IN_FILE: "appears twice in the file",
};
const invalidMessages: Record<string, string> = {
  number: "may hold only letters, digits, - and _",
  memberCount: "must be a whole number",
  category: "must be GENERAL, LIFTED or MONITORED",
};
const messageOf = (field: string, code: string) =>
  `${field} ${(code === "INVALID" && invalidMessages[field]) || messages[code] || "is not valid"}`;

/** Full-width digits and letters (typed with a Chinese input method) read as ASCII. */
const narrow = (text: string | null | undefined) => (text == null ? text : text.normalize("NFKC").trim());

/** One row's cells parsed and checked with createHousehold's rules; `errors` is empty when it may be written. */
function checkRow(row: HouseholdImportRow) {
  const checks = new Checks();
  const countText = narrow(row.memberCount);
  let memberCount: number | null | undefined = null;
  if (countText && /^\d+$/.test(countText)) memberCount = Number(countText);
  else if (countText) checks.fail("memberCount", "INVALID");
  const categoryText = narrow(row.category)?.toUpperCase();
  let category: HouseholdCategory = "GENERAL";
  if (categoryText && categories.includes(categoryText as HouseholdCategory)) category = categoryText as HouseholdCategory;
  else if (categoryText) checks.fail("category", "INVALID");
  const values = householdValues(checks, {
    number: narrow(row.number) ?? null,
    headName: row.headName ?? null,
    memberCount,
    phone: narrow(row.phone) ?? null,
    address: row.address ?? null,
    category,
  });
  return { values, checks };
}

/**
 * Imports a village's households from rows of a file: every row is checked
 * (createHousehold's rules, numbers unique in the village and in the file)
 * and the households are written in one transaction only if every row
 * passes. Row problems come back per row; problems with the request itself
 * (village, scope, row count) are errors.
 */
export async function importHouseholds(db: Db, actor: Actor, input: ImportHouseholdsInput): Promise<HouseholdImportResult> {
  const villageId = parseId(input.villageId, "Village", "villageId");
  if (input.rows.length === 0) throw badInput({ rows: "REQUIRED" }, "The file has no households");
  if (input.rows.length > maxImportRows) {
    throw badInput({ rows: "TOO_MANY" }, `At most ${maxImportRows} rows can be imported at once; this file has ${input.rows.length}`);
  }
  const dryRun = input.dryRun ?? false;
  const checked = input.rows.map((row, index) => ({ row: row.row ?? index + 1, ...checkRow(row) }));
  try {
    return await db.transaction(async (tx) => {
      const [village] = await tx.select({ id: villages.id }).from(villages).where(eq(villages.id, villageId));
      if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${input.villageId} does not exist`);
      assertMayKeepHouseholdsOf(actor, villageId);

      const numbers = [...new Set(checked.flatMap((c) => (c.values.number ? [c.values.number] : [])))];
      const taken = new Set(
        numbers.length
          ? (
              await tx
                .select({ number: households.number })
                .from(households)
                .where(and(eq(households.villageId, villageId), inArray(households.number, numbers)))
            ).map((h) => h.number)
          : [],
      );
      const firstRowOf = new Map<string, number>();
      const results: HouseholdImportRowResult[] = checked.map(({ row, values, checks }) => {
        const errors: HouseholdImportError[] = Object.entries(checks.errors).map(([field, code]) => ({
          field,
          code,
          message: messageOf(field, code),
        }));
        const number = checks.errors.number ? undefined : values.number;
        if (number !== undefined) {
          const earlier = firstRowOf.get(number);
          if (taken.has(number)) errors.unshift({ field: "number", code: "DUPLICATE", message: messageOf("number", "DUPLICATE") });
          else if (earlier !== undefined) {
            errors.unshift({
              field: "number",
              code: "DUPLICATE_IN_FILE",
              message: `${messageOf("number", "DUPLICATE_IN_FILE")} (first in row ${earlier})`,
              duplicateOfRow: earlier,
            });
          } else firstRowOf.set(number, row);
        }
        return { row, ok: errors.length === 0, errors, householdId: null };
      });
      const failed = results.filter((r) => !r.ok).length;
      const result = { dryRun, ok: failed === 0, total: results.length, failed, imported: 0, rows: results };
      if (dryRun || failed > 0) return result;

      const inserted = await tx
        .insert(households)
        .values(
          checked.map(({ values }) => ({
            villageId,
            number: values.number!,
            headName: values.headName!,
            memberCount: values.memberCount!,
            phone: values.phone ?? null,
            address: values.address ?? null,
            category: values.category ?? "GENERAL",
          })),
        )
        .returning({ id: households.id, number: households.number });
      const idOf = new Map(inserted.map((h) => [h.number, h.id]));
      for (const [index, r] of results.entries()) r.householdId = idOf.get(checked[index]!.values.number!) ?? null;
      // Counts and ids, never the residents' names or phones.
      await audit(tx, actor, "import", "household", null, { villageId, households: inserted.length, firstId: inserted[0]?.id });
      return { ...result, imported: inserted.length };
    });
  } catch (error) {
    // A household created meanwhile with one of the numbers: nothing was written.
    throw duplicateError(error, duplicateFields);
  }
}
