import LockIcon from "@mui/icons-material/Lock";
import { Box, Chip, Stack, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { formatDateTime } from "../common/format";
import { useEnumWord } from "../common/useResidentWords";
import { PhotoStrip } from "../photos/MatterPhotos";
import type { MatterEvent } from "./civicTypes";

const str = (value: unknown): string | undefined => (typeof value === "string" || typeof value === "number" ? String(value) : undefined);

/** What an event's data adds in words: the channel and due date, the supervision level, the new due date … */
const useEventDetail = () => {
  const translate = useTranslate();
  const word = useEnumWord();
  return (event: MatterEvent): string | null => {
    const d = event.data ?? {};
    switch (event.type) {
      case "ASSIGNED": {
        const channel = str(d.channel);
        const parts = [channel && translate("app.civic.timeline.channel", { channel: word("CivicChannel", channel) })];
        if (str(d.dueDate)) parts.push(translate("app.civic.timeline.due", { date: str(d.dueDate) }));
        return parts.filter(Boolean).join(" · ") || null;
      }
      case "CHANNEL_CHANGED": {
        const from = str(d.fromChannel);
        const to = str(d.toChannel);
        if (!to) return null;
        return translate("app.civic.timeline.channel_change", {
          from: from ? word("CivicChannel", from) : "—",
          to: word("CivicChannel", to),
        });
      }
      case "SUPERVISED":
        return str(d.level)
          ? translate("app.civic.timeline.level", { level: translate(`enums.SupervisionLevel.${str(d.level)}`), date: str(d.responseDue) ?? "" })
          : null;
      case "SUPERVISION_ANSWERED":
        return str(d.level) ? translate(`enums.SupervisionLevel.${str(d.level)}`) : null;
      case "EXTENSION_REQUESTED":
        return str(d.requestedDueDate) ? translate("app.civic.timeline.extension", { date: str(d.requestedDueDate) }) : null;
      case "EXTENSION_APPROVED":
        return str(d.toDueDate) ? translate("app.civic.timeline.extension_moved", { from: str(d.fromDueDate) ?? "", to: str(d.toDueDate) }) : null;
      case "MERGED":
        return str(d.intoCode) ? translate("app.civic.timeline.into", { code: str(d.intoCode) }) : null;
      case "CLOSED":
      case "REOPENED":
      case "FOLLOW_UP": {
        const parts: string[] = [];
        if (str(d.method)) parts.push(translate(`enums.FollowUpMethod.${str(d.method)}`));
        if (str(d.resolved)) parts.push(translate(`enums.FollowUpResolved.${str(d.resolved)}`));
        if (str(d.satisfaction)) parts.push(translate(`enums.Satisfaction.${str(d.satisfaction)}`));
        if (event.type === "REOPENED" && str(d.reworkCount)) parts.push(translate("app.civic.timeline.rework", { count: str(d.reworkCount) }));
        return parts.join(" · ") || null;
      }
      default:
        return null;
    }
  };
};

/**
 * The matter's timeline, oldest first: every event with who, when and what
 * (status change, channel, due date, note, photos). Internal events are
 * marked; residents never receive them (nor their photos).
 */
export const MatterTimeline = ({ events }: { events: MatterEvent[] }) => {
  const translate = useTranslate();
  const word = useEnumWord();
  const detail = useEventDetail();
  if (events.length === 0) return <Typography color="text.secondary">{translate("app.civic.timeline.empty")}</Typography>;
  return (
    <Box component="ol" sx={{ listStyle: "none", m: 0, p: 0 }} data-testid="matter-timeline">
      {events.map((event, index) => {
        const extra = detail(event);
        const last = index === events.length - 1;
        return (
          <Box component="li" key={event.id} sx={{ display: "flex", gap: 1.5 }} data-testid="timeline-event">
            <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center", pt: 0.75 }}>
              <Box
                sx={{
                  width: 12,
                  height: 12,
                  borderRadius: "50%",
                  bgcolor: event.public ? (last ? "primary.main" : "grey.500") : "warning.main",
                  flexShrink: 0,
                }}
              />
              {!last && <Box sx={{ width: 2, flexGrow: 1, bgcolor: "divider", my: 0.5 }} />}
            </Box>
            <Box sx={{ pb: 2, minWidth: 0, flexGrow: 1 }}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
                <Typography variant="subtitle2" component="span">
                  {word("MatterEventType", event.type)}
                </Typography>
                {event.toStatus && event.fromStatus !== event.toStatus && (
                  <Typography variant="caption" color="text.secondary">
                    → {word("CivicStatus", event.toStatus)}
                  </Typography>
                )}
                {!event.public && <Chip size="small" icon={<LockIcon />} color="warning" variant="outlined" label={translate("app.civic.timeline.internal")} />}
              </Stack>
              <Typography variant="caption" color="text.secondary" component="div">
                {formatDateTime(event.at)} · {event.actorName ?? translate("app.civic.timeline.system")}
                {extra && ` · ${extra}`}
              </Typography>
              {event.note && (
                <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                  {event.note}
                </Typography>
              )}
              <PhotoStrip photos={event.attachments ?? []} />
            </Box>
          </Box>
        );
      })}
    </Box>
  );
};
