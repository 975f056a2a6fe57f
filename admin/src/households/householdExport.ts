import type { FetchRelatedRecords } from "react-admin";
import { districtToday } from "../common/format";
import type { Household, Village } from "../types";
import { householdSheet, templateExample, toCsv, type Language } from "./householdFile";
import { download, xlsxBlob } from "./householdXlsx";

export type FileKind = "csv" | "xlsx";

/** Writes a table as a downloaded CSV (UTF-8 with BOM) or .xlsx file named `<base>-<date>`. */
export async function saveTable(table: (string | number)[][], kind: FileKind, base: string, sheet: string): Promise<void> {
  const fileName = `${base}-${districtToday()}.${kind}`;
  if (kind === "csv") download(new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }), fileName);
  else download(await xlsxBlob(table, sheet), fileName);
}

/** The empty file to fill in: the headings the import reads and one example row. */
export const saveTemplate = (kind: FileKind, language: Language, sheet: string) =>
  saveTable(householdSheet([templateExample], language), kind, "households-template", sheet);

export interface ExportLabels {
  status: string;
  balance: string;
  village: string;
  /** translated status of a household */
  statusOf: (h: Household) => string;
}

/**
 * The list's export: the import's columns first (so the file imports again),
 * then status, points balance and village, which the import ignores.
 */
export async function exportHouseholds(
  records: Household[],
  fetchRelated: FetchRelatedRecords,
  kind: FileKind,
  language: Language,
  labels: ExportLabels,
  sheet: string,
): Promise<void> {
  const villages = await fetchRelated<Village>(records, "villageId", "villages");
  const table = householdSheet(records, language, {
    headings: [labels.status, labels.balance, labels.village],
    cells: (h) => {
      const record = h as Household;
      return [labels.statusOf(record), record.balance, villages[record.villageId]?.name ?? ""];
    },
  });
  await saveTable(table, kind, "households", sheet);
}
