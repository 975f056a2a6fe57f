// Excel files, through libraries loaded only when a file is read or written,
// so they stay out of the console's first download.

/** The first sheet of an .xlsx as rows of cells; numbers come back as their digits (a phone stays whole). */
export async function readXlsxTable(file: Blob): Promise<unknown[][]> {
  const { readSheet } = await import("read-excel-file/browser");
  return readSheet<string>(file, { parseNumber: (digits) => digits });
}

/** An .xlsx of one sheet; text cells stay text, so Excel keeps 户号 like 001 as written. */
export async function xlsxBlob(table: readonly (readonly (string | number)[])[], sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  const widths = table[0]?.map((_, column) => Math.min(40, Math.max(8, ...table.map((row) => String(row[column] ?? "").length * 2))));
  return writeXlsxFile(
    table.map((row) => row.map((value) => ({ value }))),
    { sheet, columns: widths?.map((width) => ({ width })) },
  ).toBlob();
}

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
