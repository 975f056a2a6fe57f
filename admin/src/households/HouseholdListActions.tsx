import UploadFileIcon from "@mui/icons-material/UploadFile";
import TableViewIcon from "@mui/icons-material/TableView";
import {
  Button,
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
  useLocaleState,
  useNotify,
  useTranslate,
  type Exporter,
} from "react-admin";
import { Link } from "react-router-dom";
import { ListVillagePassbooksButton } from "../print/BoardLinkButtons";
import { VillageActivationsButton } from "../onboarding/IssueActivationsButton";
import type { Household } from "../types";
import { exportHouseholds, type FileKind } from "./householdExport";
import { useRoleAccess } from "../common/useRoleAccess";

/** Enough for any village, and for a township's or the district's list read in capped pages. */
const MAX_EXPORT = 20_000;

/** Exports the list as it is filtered and sorted, as CSV or Excel. */
const ExportHouseholdsButton = ({ kind }: { kind: FileKind }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const exporter: Exporter<Household> = async (records, fetchRelated) => {
    try {
      await exportHouseholds(
        records,
        fetchRelated,
        kind,
        locale === "en" ? "en" : "zh",
        {
          status: translate("resources.households.fields.status"),
          balance: translate("resources.households.fields.balance"),
          village: translate("resources.households.fields.villageId"),
          statusOf: (h) => translate(`enums.HouseholdStatus.${h.status}`),
        },
        translate("resources.households.name", { smart_count: 2 }),
      );
      notify("app.householdImport.exported", { type: "info", messageArgs: { smart_count: records.length } });
    } catch (error) {
      console.error(error);
      notify("app.householdImport.export_failed", { type: "error" });
    }
  };
  return (
    <ExportButton
      exporter={exporter}
      maxResults={MAX_EXPORT}
      label={`app.householdImport.export_${kind}`}
      icon={kind === "xlsx" ? <TableViewIcon /> : undefined}
    />
  );
};

/** The household list's toolbar: filters, new, import (for those who keep households), export (for those who list them). */
export const HouseholdListActions = () => {
  const canImport = useRoleAccess("households", "import");
  const canExport = useRoleAccess("households", "export");
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {canImport && (
        <Button component={Link} to="/households/import" label="app.householdImport.import_button">
          <UploadFileIcon />
        </Button>
      )}
      {canExport && <ExportHouseholdsButton kind="csv" />}
      {canExport && <ExportHouseholdsButton kind="xlsx" />}
      <ListVillagePassbooksButton />
      <VillageActivationsButton />
    </TopToolbar>
  );
};
