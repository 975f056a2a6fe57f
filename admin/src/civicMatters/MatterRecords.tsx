import { Box, Button, Chip, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { districtToday, formatDateTime } from "../common/format";
import type { SupervisionStatus } from "./civicEnums";
import type { CivicMatter, FollowUp, MatterSupervision } from "./civicTypes";
import { AnswerSupervisionDialog } from "./AnswerSupervisionDialog";

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate(message)}</Typography>;
};

const Line = ({ children }: { children: React.ReactNode }) => (
  <Box sx={{ borderLeft: 3, borderColor: "divider", pl: 1.5, py: 0.5 }}>{children}</Box>
);

const supervisionColors: Record<SupervisionStatus, "warning" | "success" | "default"> = {
  OPEN: "warning",
  ANSWERED: "success",
  ENDED: "default",
};

/**
 * 督办 records (internal): level, state, reason, when the unit must answer,
 * and its answer with who gave it; the handling unit answers an OPEN one
 * here (the server's allowedActions say when).
 */
export const MatterSupervisions = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  const [answering, setAnswering] = useState<MatterSupervision | null>(null);
  const rows = matter.supervisions ?? [];
  if (rows.length === 0) return <Empty message="app.civic.supervisions.empty" />;
  const today = districtToday();
  return (
    <Stack spacing={1} data-testid="matter-supervisions">
      {rows.map((s) => (
        <Line key={s.id}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }} data-testid="supervision">
            <Chip size="small" color={s.level === "ESCALATED" ? "error" : "warning"} label={translate(`enums.SupervisionLevel.${s.level}`)} />
            <Chip size="small" variant="outlined" color={supervisionColors[s.status]} label={translate(`enums.SupervisionStatus.${s.status}`)} />
            {s.status === "OPEN" && s.responseDue < today && (
              <Chip size="small" color="error" label={translate("app.civic.supervisions.overdue")} />
            )}
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(s.createdAt)} · {translate("app.civic.supervisions.line", { date: s.responseDue })}
            </Typography>
          </Stack>
          <Typography variant="body2">{s.reason}</Typography>
          {s.response && (
            <Box sx={{ mt: 0.5 }} data-testid="supervision-response">
              <Typography variant="caption" color="text.secondary" component="div">
                {translate("app.civic.supervisions.answered", { name: s.answeredByName ?? "", time: s.answeredAt ? formatDateTime(s.answeredAt) : "" })}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {s.response}
              </Typography>
            </Box>
          )}
          {s.allowedActions.includes("ANSWER") && (
            <Button size="small" variant="contained" sx={{ mt: 1 }} onClick={() => setAnswering(s)} className="no-print">
              {translate("app.civic.supervisions.answer")}
            </Button>
          )}
        </Line>
      ))}
      {answering && <AnswerSupervisionDialog supervision={answering} open onClose={() => setAnswering(null)} />}
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
