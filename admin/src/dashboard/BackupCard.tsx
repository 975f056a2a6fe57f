import { Alert, AlertTitle } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { formatBytes, formatDateTime } from "../common/format";
import { BackupStatusDocument } from "../documents/ops";
import { run } from "../providers/run";

/**
 * 最近备份 on the district admin's home screen: the server's newest backup,
 * with a warning when the server says it is stale (its rule, not ours).
 */
export const BackupCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: status } = useQuery({ queryKey: ["backupStatus"], queryFn: () => run(BackupStatusDocument, {}), retry: false });
  if (!status) return null;
  const t = (key: string, options?: object) => translate(`app.backup.${key}`, options);
  const last = status.last ? t("last", { time: formatDateTime(status.last.at), size: formatBytes(status.last.bytes, locale) }) : t("none");
  return (
    // Announced at once only when it warns; otherwise a quiet status line.
    <Alert
      data-testid="backup-card"
      data-stale={status.stale}
      role={status.stale ? "alert" : "status"}
      severity={status.stale ? "warning" : "info"}
      variant="outlined"
      className="no-print"
    >
      <AlertTitle>{t("title")}</AlertTitle>
      <span data-testid="backup-last">{last}</span>
      {status.stale && ` ${t("stale")}`}
      {" · "}
      {status.scheduled ? t("scheduled", { keep: status.keep }) : t("manual")}
    </Alert>
  );
};
