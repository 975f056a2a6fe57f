import { describe, expect, it } from "vitest";
import {
  categoryCode,
  cellText,
  decodeCsv,
  householdSheet,
  mapHeadings,
  MAX_IMPORT_ROWS,
  neutraliseFormula,
  parseCsv,
  readHouseholdTable,
  toCsv,
  type ExportHousehold,
} from "../../admin/src/households/householdFile";
import { testDatabaseKind } from "../support/database";

// The console's household files: reading CSV and sheets into rows for
// importHouseholds, and writing the same headings back for export.

describe.skipIf(testDatabaseKind === "postgres")("household files", () => {
  it("parses quoted CSV cells with commas, doubled quotes and line breaks, any line ending", () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\n1,,3\r4,5,6';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
      ["1", "", "3"],
      ["4", "5", "6"],
    ]);
    expect(parseCsv("a,b\r\n")).toEqual([["a", "b"]]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv('"",x')).toEqual([["", "x"]]);
  });

  it("drops the BOM and reads tab-separated text pasted from a sheet", () => {
    expect(parseCsv("\uFEFF户号,户主姓名\n1,张")).toEqual([
      ["户号", "户主姓名"],
      ["1", "张"],
    ]);
    expect(parseCsv("户号\t户主姓名\nA1\t李,四")).toEqual([
      ["户号", "户主姓名"],
      ["A1", "李,四"],
    ]);
  });

  it("decodes UTF-8 with or without a BOM, and GBK files as Excel's plain CSV saves them", () => {
    const utf8 = new TextEncoder().encode("户号,户主姓名\n");
    expect(decodeCsv(utf8)).toBe("户号,户主姓名\n");
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(parseCsv(decodeCsv(withBom))[0]).toEqual(["户号", "户主姓名"]);
    // 户号 in GBK.
    const gbk = new Uint8Array([0xbb, 0xa7, 0xba, 0xc5, 0x2c, 0x41]);
    expect(decodeCsv(gbk)).toBe("户号,A");
  });

  it("maps Chinese and English headings loosely and names what it ignores or misses", () => {
    const map = mapHeadings(["户号*", " 户主姓名 ", "人口（人）", "联系电话", "Address", "类别", "积分余额", ""]);
    expect(map.columns).toEqual({ number: 0, headName: 1, memberCount: 2, phone: 3, address: 4, category: 5 });
    expect(map.ignored).toEqual(["积分余额"]);
    expect(map.missing).toEqual([]);
    const english = mapHeadings(["Household number", "Head of household", "MEMBERS", "phone"]);
    expect(english.columns).toEqual({ number: 0, headName: 1, memberCount: 2, phone: 3 });
    expect(mapHeadings(["户号", "电话"]).missing).toEqual(["headName", "memberCount"]);
  });

  it("turns category labels of either language into codes and leaves unknown ones for the server", () => {
    expect(["一般户", "脱贫户", "监测户", "Lifted out of poverty", "monitored", "LIFTED", " 监测 ", ""].map(categoryCode)).toEqual([
      "GENERAL",
      "LIFTED",
      "MONITORED",
      "LIFTED",
      "MONITORED",
      "LIFTED",
      "MONITORED",
      "",
    ]);
    expect(categoryCode("贫困户")).toBe("贫困户");
  });

  it("writes numbers from a sheet as plain digits", () => {
    expect([cellText(13800138000), cellText(4), cellText(2.5), cellText(null), cellText(" x "), cellText(true)]).toEqual([
      "13800138000",
      "4",
      "2.5",
      "",
      "x",
      "true",
    ]);
  });

  it("reads rows with the file's row numbers, skipping blank lines and ignoring unknown columns", () => {
    const file = readHouseholdTable([
      [],
      ["户号", "户主姓名", "人口", "电话", "备注", "类别"],
      ["A1", "张三", 4, 13800138000, "x", "脱贫户"],
      ["", "", null, "", "", ""],
      ["A2", "李四", "3", "", "", ""],
    ]);
    expect(file.problem).toBeNull();
    expect(file.headings.ignored).toEqual(["备注"]);
    expect(file.rows).toEqual([
      { row: 3, number: "A1", headName: "张三", memberCount: "4", phone: "13800138000", address: "", category: "LIFTED" },
      { row: 5, number: "A2", headName: "李四", memberCount: "3", phone: "", address: "", category: "" },
    ]);
  });

  it("names what keeps a file from being checked", () => {
    expect(readHouseholdTable([]).problem).toBe("NO_HEADINGS");
    expect(readHouseholdTable([["户号", "电话"], ["1", "2"]]).problem).toBe("MISSING_COLUMNS");
    expect(readHouseholdTable([["户号", "户主姓名", "人口"], []]).problem).toBe("NO_ROWS");
    const many = [["户号", "户主姓名", "人口"], ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`A${i}`, "张", "1"])];
    expect(readHouseholdTable(many).problem).toBe("TOO_MANY_ROWS");
    expect(readHouseholdTable(many.slice(0, MAX_IMPORT_ROWS + 1)).problem).toBeNull();
  });

  it("exports with a BOM, CRLF and quoting, and the export reads back as the same rows", () => {
    const households: ExportHousehold[] = [
      { number: "PC01-001", headName: "王, 大明", memberCount: 5, phone: "13800138000", address: '一组"老屋"', category: "MONITORED" },
      { number: "PC01-002", headName: "李四", memberCount: 1, phone: null, address: null, category: "GENERAL" },
    ];
    const csv = toCsv(householdSheet(households, "zh", { headings: ["状态"], cells: () => ["正常"] }));
    expect(csv.startsWith("\uFEFF户号,户主姓名,人口,电话,地址,类别,状态\r\n")).toBe(true);
    expect(csv).toContain('PC01-001,"王, 大明",5,13800138000,"一组""老屋""",监测户,正常\r\n');
    const back = readHouseholdTable(parseCsv(csv));
    expect(back.problem).toBeNull();
    expect(back.headings.ignored).toEqual(["状态"]);
    expect(back.rows).toEqual([
      { row: 2, number: "PC01-001", headName: "王, 大明", memberCount: "5", phone: "13800138000", address: '一组"老屋"', category: "MONITORED" },
      { row: 3, number: "PC01-002", headName: "李四", memberCount: "1", phone: "", address: "", category: "GENERAL" },
    ]);
    const english = householdSheet(households, "en");
    expect(english[0]).toEqual(["Household number", "Head of household", "Members", "Phone", "Address", "Category"]);
    expect(readHouseholdTable(english).rows[0]!.category).toBe("MONITORED");
  });

  it("neutralises cells a spreadsheet would run as formulas, on export, and reads them back as typed", () => {
    const hostile: ExportHousehold = {
      number: "@SUM(1+1)",
      headName: '=HYPERLINK("http://evil.example","点我")',
      memberCount: 3,
      phone: "+8613800138000",
      address: "-2+3",
      category: "GENERAL",
    };
    const tabbed = { ...hostile, number: "\t=1", address: "\r=2" };
    const [, row] = householdSheet([hostile], "zh");
    expect(row!.slice(0, 5)).toEqual(["'@SUM(1+1)", `'=HYPERLINK("http://evil.example","点我")`, 3, "'+8613800138000", "'-2+3"]);
    const [, tabRow] = householdSheet([tabbed], "zh");
    expect([tabRow![0], tabRow![4]]).toEqual(["'\t=1", "'\r=2"]);
    // Every text cell of the CSV starts with the apostrophe; nothing starts with a formula character.
    const csvRows = parseCsv(toCsv(householdSheet([hostile, tabbed], "zh")).replace(/^\uFEFF/, "")).slice(1);
    for (const cells of csvRows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // Ordinary text and numbers stay as they are; the import takes the apostrophe off.
    expect(neutraliseFormula("张三")).toBe("张三");
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
    expect(readHouseholdTable(householdSheet([hostile], "zh")).rows[0]).toMatchObject({
      number: "@SUM(1+1)",
      headName: '=HYPERLINK("http://evil.example","点我")',
      memberCount: "3",
      address: "-2+3",
    });
  });
});
