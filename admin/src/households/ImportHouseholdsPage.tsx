import UploadFileIcon from "@mui/icons-material/UploadFile";
import DownloadIcon from "@mui/icons-material/Download";
import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import ErrorIcon from "@mui/icons-material/Error";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from "@mui/material";
import { useRef, useState, type ChangeEvent } from "react";
import { useNavigate } from "react-router-dom";
import { Title, useGetOne, useLocaleState, useNotify, useTranslate } from "react-admin";
import { HOUSEHOLD_CATEGORIES } from "../common/enums";
import { useSessionUser } from "../common/session";
import { VillagePicker } from "../common/VillagePicker";
import { useAction } from "../common/useAction";
import type { HouseholdImportResult } from "../providers/actions";
import type { Village } from "../types";
import {
  COLUMN_HEADINGS,
  decodeCsv,
  HOUSEHOLD_COLUMNS,
  MAX_IMPORT_ROWS,
  parseCsv,
  readHouseholdTable,
  type FileRow,
  type HouseholdColumn,
  type HouseholdFile,
} from "./householdFile";
import { saveTemplate, type FileKind } from "./householdExport";
import { readXlsxTable } from "./householdXlsx";

const PAGE_SIZE = 100;
type RowError = HouseholdImportResult["rows"][number]["errors"][number];

/** A chosen file read into household rows; UNREADABLE when it is neither CSV nor a readable .xlsx. */
async function readHouseholdFile(file: File): Promise<HouseholdFile | "UNREADABLE"> {
  try {
    const isXlsx = /\.xlsx$/i.test(file.name);
    const table = isXlsx ? await readXlsxTable(file) : parseCsv(decodeCsv(await file.arrayBuffer()));
    return readHouseholdTable(table);
  } catch (error) {
    console.error(error);
    return "UNREADABLE";
  }
}

/** The district admin chooses the village; a committee imports into its own. */

/**
 * 导入农户: choose a CSV or .xlsx file, see its rows, check them on the
 * server (a dry run, every problem next to its row), then import them all at
 * once. Nothing is written until every row is right.
 */
export const ImportHouseholdsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const user = useSessionUser();
  const ownVillage = user?.role === "VILLAGE_COMMITTEE" ? user.villageId : null;
  const [villageId, setVillageId] = useState<string | null>(ownVillage);
  const { data: village } = useGetOne<Village>("villages", { id: villageId ?? "" }, { enabled: villageId !== null });
  const [fileName, setFileName] = useState<string | null>(null);
  const [file, setFile] = useState<HouseholdFile | "UNREADABLE" | null>(null);
  const [result, setResult] = useState<HouseholdImportResult | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [page, setPage] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const language = locale === "en" ? "en" : "zh";

  const run = useAction((dp, dryRun: boolean) => dp.importHouseholds({ villageId: villageId!, rows: (file as HouseholdFile).rows, dryRun }), {
    refresh: false,
    onSuccess: (outcome) => {
      setResult(outcome);
      setPage(0);
      setOnlyProblems(!outcome.ok);
      if (outcome.imported > 0) {
        notify("app.householdImport.imported", { type: "success", messageArgs: { smart_count: outcome.imported } });
        navigate("/households");
      }
    },
  });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // Cleared, so choosing the same (corrected) file again reads it again.
    event.target.value = "";
    if (!chosen) return;
    setResult(null);
    setPage(0);
    setOnlyProblems(false);
    setFileName(chosen.name);
    setFile(await readHouseholdFile(chosen));
  };
  const changeVillage = (id: string | null) => {
    setVillageId(id);
    setResult(null);
  };

  const readable = file !== null && file !== "UNREADABLE" ? file : null;
  const checkable = readable !== null && readable.problem === null && villageId !== null;
  const resultOf = new Map(result?.rows.map((r) => [r.row, r]));
  const shown = readable ? (onlyProblems ? readable.rows.filter((r) => resultOf.get(r.row)?.ok === false) : readable.rows) : [];

  const headingOf = (column: HouseholdColumn) => translate(`resources.households.fields.${column}`);
  const describe = (error: RowError) => {
    const what =
      error.code === "INVALID" && ["number", "memberCount", "category"].includes(error.field)
        ? translate(`app.householdImport.invalid.${error.field}`)
        : translate(`app.householdImport.codes.${error.code}`, { row: error.duplicateOfRow, _: error.message });
    return `${headingOf(error.field as HouseholdColumn)}：${what}`;
  };
  const categoryText = (text: string) =>
    (HOUSEHOLD_CATEGORIES as readonly string[]).includes(text) ? translate(`enums.HouseholdCategory.${text}`) : text;
  const problemText = (f: HouseholdFile | "UNREADABLE") => {
    if (f === "UNREADABLE") return translate("app.householdImport.problem.UNREADABLE");
    const columns = f.headings.missing.map((c) => COLUMN_HEADINGS[c].zh).join("、");
    return translate(`app.householdImport.problem.${f.problem}`, { columns, rows: f.rows.length, max: MAX_IMPORT_ROWS });
  };
  const template = (kind: FileKind) =>
    saveTemplate(kind, language, translate("resources.households.name", { smart_count: 2 })).catch((error) => {
      console.error(error);
      notify("app.householdImport.export_failed", { type: "error" });
    });

  return (
    <Box sx={{ mt: 2, pb: 6 }}>
      <Title title="app.householdImport.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate("app.householdImport.title")}
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate("app.householdImport.intro")}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate("app.householdImport.columns_help")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate("app.householdImport.file_help", { max: MAX_IMPORT_ROWS })}
          </Typography>
          {ownVillage ? (
            <Typography variant="subtitle1" sx={{ mb: 2 }}>
              {translate("app.householdImport.village")}：{village?.name ?? ""}
            </Typography>
          ) : (
            <Box sx={{ mb: 2 }}>
              <VillagePicker value={villageId} onChange={changeVillage} label="app.householdImport.village" sx={{ maxWidth: 420 }} />
            </Box>
          )}
          <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", rowGap: 1 }}>
            <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
              {translate("app.householdImport.choose_file")}
            </Button>
            <input
              ref={input}
              type="file"
              name="householdFile"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              onChange={choose}
            />
            <Button startIcon={<DownloadIcon />} onClick={() => template("csv")}>
              {translate("app.householdImport.template_csv")}
            </Button>
            <Button startIcon={<DownloadIcon />} onClick={() => template("xlsx")}>
              {translate("app.householdImport.template_xlsx")}
            </Button>
          </Stack>
        </CardContent>
      </Card>

      {file && (
        <Card>
          <CardContent>
            {readable && (
              <Typography variant="subtitle1" gutterBottom>
                {translate("app.householdImport.file_summary", { file: fileName, smart_count: readable.rows.length })}
              </Typography>
            )}
            {readable && readable.headings.ignored.length > 0 && (
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {translate("app.householdImport.ignored_columns", { columns: readable.headings.ignored.join("、") })}
              </Typography>
            )}
            {(file === "UNREADABLE" || file.problem) && (
              <Alert severity="error" sx={{ my: 1 }}>
                {problemText(file)}
              </Alert>
            )}
            {readable && !readable.problem && villageId === null && (
              <Alert severity="info" sx={{ my: 1 }}>
                {translate("app.householdImport.pick_village_first")}
              </Alert>
            )}
            {result && (
              <Alert severity={result.ok ? "success" : "error"} sx={{ my: 1 }} role="status">
                {result.ok
                  ? translate("app.householdImport.checked_ok", { smart_count: result.total })
                  : translate("app.householdImport.checked_failed", { failed: result.failed, total: result.total })}
              </Alert>
            )}
            <Stack direction="row" spacing={1} sx={{ my: 1, alignItems: "center", flexWrap: "wrap" }}>
              <Button variant="outlined" disabled={!checkable || run.isPending} onClick={() => run.mutate(true)}>
                {translate("app.householdImport.check")}
              </Button>
              <Button
                variant="contained"
                disabled={!checkable || run.isPending || !result?.ok}
                onClick={() => run.mutate(false)}
              >
                {translate("app.householdImport.import", { smart_count: readable?.rows.length ?? 0 })}
              </Button>
              {result && !result.ok && (
                <FormControlLabel
                  control={<Switch checked={onlyProblems} onChange={(e) => (setOnlyProblems(e.target.checked), setPage(0))} />}
                  label={translate("app.householdImport.only_problems")}
                />
              )}
            </Stack>
            {readable && readable.rows.length > 0 && (
              <>
                <TableContainer sx={{ maxHeight: "60vh" }}>
                  <Table size="small" stickyHeader aria-label={translate("app.householdImport.title")}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate("app.householdImport.column_row")}</TableCell>
                        {HOUSEHOLD_COLUMNS.map((column) => (
                          <TableCell key={column}>{headingOf(column)}</TableCell>
                        ))}
                        <TableCell>{translate("app.householdImport.column_result")}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row: FileRow) => {
                        const checked = resultOf.get(row.row);
                        const badFields = new Set(checked?.errors.map((e) => e.field));
                        return (
                          <TableRow key={row.row} data-row={row.row} sx={checked && !checked.ok ? { bgcolor: "rgba(211, 47, 47, 0.04)" } : undefined}>
                            <TableCell>{row.row}</TableCell>
                            {HOUSEHOLD_COLUMNS.map((column) => (
                              <TableCell
                                key={column}
                                sx={badFields.has(column) ? { color: "error.main", fontWeight: 600, bgcolor: "rgba(211, 47, 47, 0.08)" } : undefined}
                              >
                                {column === "category" ? categoryText(row.category) : row[column]}
                              </TableCell>
                            ))}
                            <TableCell>
                              {!checked ? (
                                translate("app.householdImport.not_checked")
                              ) : checked.ok ? (
                                <Stack direction="row" spacing={0.5} sx={{ alignItems: "center", color: "success.main" }}>
                                  <CheckCircleIcon fontSize="small" />
                                  <span>{translate("app.householdImport.row_ok")}</span>
                                </Stack>
                              ) : (
                                <Stack direction="row" spacing={0.5} sx={{ alignItems: "flex-start", color: "error.main" }}>
                                  <ErrorIcon fontSize="small" />
                                  <span>{checked.errors.map(describe).join("；")}</span>
                                </Stack>
                              )}
                            </TableCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </TableContainer>
                {shown.length > PAGE_SIZE && (
                  <TablePagination
                    component="div"
                    count={shown.length}
                    page={page}
                    onPageChange={(_e, next) => setPage(next)}
                    rowsPerPage={PAGE_SIZE}
                    rowsPerPageOptions={[PAGE_SIZE]}
                  />
                )}
              </>
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
