import { Box, Chip, Stack, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { formatDateTime } from "../common/format";
import type { CivicMatter, FollowUp } from "./civicTypes";

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate(message)}</Typography>;
};

const Line = ({ children }: { children: React.ReactNode }) => (
  <Box sx={{ borderLeft: 3, borderColor: "divider", pl: 1.5, py: 0.5 }}>{children}</Box>
);

/** 督办 records: level, reason, when the unit must answer (internal). */
export const MatterSupervisions = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  const rows = matter.supervisions ?? [];
  if (rows.length === 0) return <Empty message="app.civic.supervisions.empty" />;
  return (
    <Stack spacing={1} data-testid="matter-supervisions">
      {rows.map((s) => (
        <Line key={s.id}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <Chip size="small" color={s.level === "ESCALATED" ? "error" : "warning"} label={translate(`enums.SupervisionLevel.${s.level}`)} />
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(s.createdAt)} · {translate("app.civic.supervisions.line", { date: s.responseDue })}
            </Typography>
          </Stack>
          <Typography variant="body2">{s.reason}</Typography>
        </Line>
      ))}
    </Stack>
  );
};

/** 延期 requests and their decisions (internal). */
export const MatterExtensions = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  const rows = matter.extensions ?? [];
  if (rows.length === 0) return <Empty message="app.civic.extensions.empty" />;
  return (
    <Stack spacing={1} data-testid="matter-extensions">
      {rows.map((e) => (
        <Line key={e.id}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <Chip
              size="small"
              color={e.state === "APPROVED" ? "success" : e.state === "PENDING" ? "warning" : "default"}
              label={translate(`enums.ExtensionState.${e.state}`)}
            />
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(e.requestedAt)} · {translate("app.civic.extensions.asks", { date: e.requestedDueDate })}
            </Typography>
          </Stack>
          <Typography variant="body2">{e.reason}</Typography>
          {e.decisionNote && (
            <Typography variant="body2" color="text.secondary">
              {e.decisionNote}
            </Typography>
          )}
        </Line>
      ))}
    </Stack>
  );
};

const followUpWords = (f: FollowUp, translate: (key: string) => string) =>
  f.reached
    ? [f.resolved && translate(`enums.FollowUpResolved.${f.resolved}`), f.satisfaction && translate(`enums.Satisfaction.${f.satisfaction}`)]
        .filter(Boolean)
        .join(" · ")
    : translate("app.civic.followUps.not_reached");

/** 回访: how, whether the resident was reached, solved or not, satisfaction, comment. */
export const MatterFollowUps = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  if (matter.followUps.length === 0) return <Empty message="app.civic.followUps.empty" />;
  return (
    <Stack spacing={1} data-testid="matter-follow-ups">
      {matter.followUps.map((f) => (
        <Line key={f.id}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
            <Chip
              size="small"
              color={f.satisfaction === "NOT" ? "error" : f.reached ? "success" : "default"}
              label={followUpWords(f, translate)}
            />
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(f.createdAt)} · {translate(`enums.FollowUpMethod.${f.method}`)}
            </Typography>
          </Stack>
          {f.comment && <Typography variant="body2">{f.comment}</Typography>}
        </Line>
      ))}
    </Stack>
  );
};
