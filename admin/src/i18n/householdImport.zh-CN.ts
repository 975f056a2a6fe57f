import type { householdImportEn } from "./householdImport.en";

/** The same keys as the English messages, any strings (a missing key fails tsc). */
type Shape<T> = { -readonly [K in keyof T]-?: T[K] extends string ? string : Shape<T[K]> };

export const householdImportZhCN: Shape<typeof householdImportEn> = {
  app: {
    title: "导入农户",
    intro: "请选择第一行为列标题的 CSV 或 Excel（.xlsx）文件。系统先逐行检查，全部正确后才会导入。",
    columns_help:
      "读取的列：户号、户主姓名、人口为必填；电话、地址、类别（一般户、脱贫户或监测户，留空为一般户）可留空。也可使用英文列标题；其他列不读取。",
    file_help: "CSV 请存为 UTF-8（Excel 的“CSV UTF-8”）或 GBK；每个文件最多 %{max} 行。农户列表导出的文件可直接导入。",
    village: "行政村",
    pick_village_first: "请先选择行政村。",
    choose_file: "选择文件",
    template_csv: "下载模板（CSV）",
    template_xlsx: "下载模板（Excel）",
    file_summary: "%{file}：共 %{smart_count} 行",
    ignored_columns: "未读取的列：%{columns}",
    problem: {
      UNREADABLE: "无法将此文件读取为 CSV 或 Excel（.xlsx）。",
      NO_HEADINGS: "文件是空的。",
      MISSING_COLUMNS: "文件缺少列：%{columns}。第一行须为列标题，可参照模板。",
      NO_ROWS: "文件只有列标题，没有农户。",
      TOO_MANY_ROWS: "文件有 %{rows} 行，每次最多导入 %{max} 行，请拆分后再导入。",
    },
    check: "检查",
    import: "导入 %{smart_count} 户",
    checked_ok: "全部 %{smart_count} 行均正确。点击“导入”后才会写入。",
    checked_failed: "%{total} 行中有 %{failed} 行有问题，已在下方标出。未导入任何农户：请修改文件后重新选择。",
    imported: "已导入 %{smart_count} 户",
    only_problems: "只看有问题的行",
    column_row: "行号",
    column_result: "检查结果",
    row_ok: "正确",
    not_checked: "—",
    codes: {
      REQUIRED: "必填",
      INVALID: "格式不正确",
      TOO_LONG: "过长",
      OUT_OF_RANGE: "应为 1 至 99",
      INVALID_PHONE: "不是有效的手机号（11 位）或带区号的固定电话",
      DUPLICATE: "本村已有此户号",
      DUPLICATE_IN_FILE: "与第 %{row} 行重复",
    },
    invalid: {
      number: "只能包含字母、数字、- 和 _",
      memberCount: "应为整数",
      category: "应为一般户、脱贫户或监测户",
    },
    import_button: "导入",
    export_csv: "导出 CSV",
    export_xlsx: "导出 Excel",
    exported: "已导出 %{smart_count} 户",
    export_failed: "导出失败。",
  },
};
