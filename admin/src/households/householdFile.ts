import type { HouseholdCategory } from "../common/enums";

// Household files (CSV or .xlsx) in and out, as pure functions over text and
// tables: the page reads the file, these turn it into rows for
// importHouseholds, and the list's export writes the same headings back, so
// an exported file imports again. The server does the checking; here only
// what a file's shape needs (encoding, quoting, headings, blank lines).

/** The columns importHouseholds reads, in the order files are written. */
export const HOUSEHOLD_COLUMNS = ["number", "headName", "memberCount", "phone", "address", "category"] as const;
export type HouseholdColumn = (typeof HOUSEHOLD_COLUMNS)[number];
/** Without these a file cannot be checked at all. */
export const REQUIRED_COLUMNS: readonly HouseholdColumn[] = ["number", "headName", "memberCount"];
/** As the server: a village has far fewer households. */
export const MAX_IMPORT_ROWS = 2000;

/** The headings written (zh-CN first), then other spellings read. */
export const COLUMN_HEADINGS: Record<HouseholdColumn, { zh: string; en: string; also: readonly string[] }> = {
  number: { zh: "户号", en: "Household number", also: ["户编号", "编号", "number", "household no", "no"] },
  headName: { zh: "户主姓名", en: "Head of household", also: ["户主", "姓名", "户主名", "head", "head name", "headname"] },
  memberCount: { zh: "人口", en: "Members", also: ["人口数", "家庭人口", "人数", "member count", "membercount", "people"] },
  phone: { zh: "电话", en: "Phone", also: ["联系电话", "手机", "手机号", "手机号码", "电话号码", "mobile", "telephone", "tel"] },
  address: { zh: "地址", en: "Address", also: ["住址", "家庭住址", "家庭地址"] },
  category: { zh: "类别", en: "Category", also: ["户类别", "户类型", "类型", "农户类别"] },
};

/** Category labels read (either language), as the console shows them; codes read as themselves. */
export const CATEGORY_LABELS: Record<HouseholdCategory, { zh: string; en: string; also: readonly string[] }> = {
  GENERAL: { zh: "一般户", en: "General", also: ["一般", "普通户", "普通"] },
  LIFTED: { zh: "脱贫户", en: "Lifted out of poverty", also: ["脱贫", "lifted"] },
  MONITORED: { zh: "监测户", en: "Monitored", also: ["监测", "监测对象"] },
};

export type Language = "zh" | "en";

/** A heading or label compared loosely: width, case, spaces, a required-mark and a note in brackets do not matter. */
const looseKey = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, "")
    .replace(/[\s*:：'’._-]/g, "");

const headingIndex = new Map<string, HouseholdColumn>(
  HOUSEHOLD_COLUMNS.flatMap((column) => {
    const h = COLUMN_HEADINGS[column];
    return [h.zh, h.en, column, ...h.also].map((text) => [looseKey(text), column] as const);
  }),
);
const categoryIndex = new Map<string, HouseholdCategory>(
  (Object.keys(CATEGORY_LABELS) as HouseholdCategory[]).flatMap((code) => {
    const l = CATEGORY_LABELS[code];
    return [l.zh, l.en, code, ...l.also].map((text) => [looseKey(text), code] as const);
  }),
);

/** A category cell as the server's code; blank stays blank (GENERAL there), an unknown label goes as written so the server names it. */
export function categoryCode(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  return categoryIndex.get(looseKey(trimmed)) ?? trimmed;
}

/**
 * A CSV file's bytes as text: UTF-8 (with or without a BOM, as "CSV UTF-8"
 * saves), else GB18030 (a superset of GBK, what Excel's plain "CSV" saves on
 * a Chinese Windows).
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * RFC 4180 CSV: quoted cells with doubled quotes and line breaks inside;
 * CRLF, LF or CR ends a line; a leading BOM is dropped. A file whose first
 * line has tabs and no commas is read as tab-separated (pasted from a sheet).
 */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r|\n|$/));
  const separator = !firstLine.includes(",") && firstLine.includes("\t") ? "\t" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === separator) endCell();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && source[i + 1] === "\n") i++;
    } else cell += ch;
    i++;
  }
  // The last line, unless the file ended with a line break.
  if (cell !== "" || row.length > 0 || quoted) endRow();
  return rows;
}

/**
 * Text a spreadsheet would run as a formula (OWASP's CSV injection rule: it
 * begins with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe on export, so Excel shows it as text on the committee's
 * computer; the import takes the apostrophe off again.
 */
const formulaStart = /^[=+\-@\t\r]/;
export const neutraliseFormula = (text: string): string => (formulaStart.test(text) ? `'${text}` : text);

/** A cell of a parsed sheet (CSV text, or what an .xlsx reader gives) as text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value).trim();
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

export interface HeadingMap {
  /** column → index in the row */
  columns: Partial<Record<HouseholdColumn, number>>;
  /** headings read as nothing (e.g. 状态, 积分余额 of an export): ignored */
  ignored: string[];
  /** required columns the file lacks */
  missing: HouseholdColumn[];
}

/** Which cell of a row holds which column, by the heading row's words. */
export function mapHeadings(headings: readonly unknown[]): HeadingMap {
  const columns: Partial<Record<HouseholdColumn, number>> = {};
  const ignored: string[] = [];
  headings.forEach((heading, index) => {
    const text = cellText(heading);
    if (!text) return;
    const column = headingIndex.get(looseKey(text));
    if (column && columns[column] === undefined) columns[column] = index;
    else ignored.push(text);
  });
  return { columns, ignored, missing: REQUIRED_COLUMNS.filter((c) => columns[c] === undefined) };
}

/** One household row of a file: its row number there (heading = row of the heading line) and its cells as text. */
export type FileRow = { row: number } & Record<HouseholdColumn, string>;

export interface HouseholdFile {
  headings: HeadingMap;
  rows: FileRow[];
  /** NO_HEADINGS (nothing in the file), MISSING_COLUMNS, NO_ROWS, TOO_MANY_ROWS; null when it may be checked */
  problem: "NO_HEADINGS" | "MISSING_COLUMNS" | "NO_ROWS" | "TOO_MANY_ROWS" | null;
}

const isBlank = (row: readonly unknown[]) => row.every((cell) => cellText(cell) === "");

/**
 * A sheet (rows of cells) as household rows: the first non-blank line is the
 * headings; blank lines are skipped but counted, so row numbers are the
 * file's (as Excel shows them); categories become codes.
 */
export function readHouseholdTable(table: readonly (readonly unknown[])[]): HouseholdFile {
  const headingAt = table.findIndex((row) => !isBlank(row));
  if (headingAt < 0) return { headings: { columns: {}, ignored: [], missing: [...REQUIRED_COLUMNS] }, rows: [], problem: "NO_HEADINGS" };
  const headings = mapHeadings(table[headingAt]!);
  const rows: FileRow[] = [];
  for (let index = headingAt + 1; index < table.length; index++) {
    const cells = table[index]!;
    if (isBlank(cells)) continue;
    const cell = (column: HouseholdColumn) => {
      const at = headings.columns[column];
      return at === undefined ? "" : cellText(cells[at]);
    };
    rows.push({
      row: index + 1,
      number: cell("number"),
      headName: cell("headName"),
      memberCount: cell("memberCount"),
      phone: cell("phone"),
      address: cell("address"),
      category: categoryCode(cell("category")),
    });
  }
  const problem = headings.missing.length
    ? "MISSING_COLUMNS"
    : rows.length === 0
      ? "NO_ROWS"
      : rows.length > MAX_IMPORT_ROWS
        ? "TOO_MANY_ROWS"
        : null;
  return { headings, rows, problem };
}

/** A household as the list reads it, for export. */
export interface ExportHousehold {
  number: string;
  headName: string;
  memberCount: number;
  phone: string | null;
  address: string | null;
  category: HouseholdCategory;
}

/** Headings and rows of an export (or, without households, the template): the import's columns first; formula-like text neutralised. */
export function householdSheet(
  households: readonly ExportHousehold[],
  language: Language,
  extra: { headings: string[]; cells: (h: ExportHousehold, index: number) => (string | number)[] } = { headings: [], cells: () => [] },
): (string | number)[][] {
  const headings = [...HOUSEHOLD_COLUMNS.map((c) => COLUMN_HEADINGS[c][language]), ...extra.headings];
  const rows = households.map((h, index) =>
    [
      h.number,
      h.headName,
      h.memberCount,
      h.phone ?? "",
      h.address ?? "",
      CATEGORY_LABELS[h.category]?.[language] ?? h.category,
      ...extra.cells(h, index),
      // Text only: numbers (a balance of -5) are values, never formulas.
    ].map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)),
  );
  return [headings, ...rows];
}

/** One CSV cell, quoted when it holds a separator, a quote or a line break. */
const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV text for Excel: a UTF-8 BOM (so Excel reads Chinese right) and CRLF line ends. */
export function toCsv(table: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${table.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** What the template shows: the headings and one example row. */
export const templateExample: ExportHousehold = {
  number: "A001",
  headName: "张三",
  memberCount: 4,
  phone: "13800138000",
  address: "一组 12 号",
  category: "GENERAL",
};
