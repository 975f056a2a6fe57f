import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { useIsSmall } from "../common/useIsSmall";
import { formatDelta, formatPoints } from "../common/format";
import type { PointEntry } from "../types";
import type { Activity, ActivityParticipant } from "../volunteer/types";
import { useActivityDetail } from "./useActivityDetail";
import { useRoleAccess } from "../common/useRoleAccess";

/** Points the ledger moved for one household through this activity: its award, and the reversal if cancelled. */
const movedFor = (entries: readonly PointEntry[], householdId: string) => entries.filter((e) => e.householdId === householdId);

/**
 * Who took part (households, people, hours) and, once confirmed, the points
 * each got from the ledger with the balance it left. A resident sees its own
 * household only.
 */
export const ActivityParticipants = (_props: { label?: string }) => {
  const activity = useRecordContext<Activity>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const canOpenHousehold = useRoleAccess("households", "show");
  const { data } = useActivityDetail(activity);
  // On a phone: people and hours under the household, no balance column.
  const isSmall = useIsSmall();
  if (!activity || !data) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.activities.participants.${key}`, args);
  const withEntries = data.entries.length > 0;
  const name = (p: ActivityParticipant) => `${p.householdNumber} ${p.headName}`;
  return (
    <>
      <Typography variant="h6" sx={{ mt: 1, mb: 1 }}>
        {t("title", { households: activity.participantCount, people: activity.people })}
      </Typography>
      {data.participants.length === 0 ? (
        <EmptyState message={activity.status === "PLANNED" ? "resources.activities.participants.empty_planned" : "resources.activities.participants.empty"} />
      ) : (
        <Table size="small" data-testid="activity-participants">
          <TableHead>
            <TableRow>
              <TableCell>{t("household")}</TableCell>
              {!isSmall && <TableCell align="right">{t("people")}</TableCell>}
              {!isSmall && <TableCell align="right">{t("hours")}</TableCell>}
              {withEntries && <TableCell align="right">{t("points")}</TableCell>}
              {withEntries && !isSmall && <TableCell align="right">{t("balanceAfter")}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.participants.map((p) => {
              const moved = movedFor(data.entries, p.householdId);
              const last = moved[moved.length - 1];
              return (
                <TableRow key={p.id}>
                  <TableCell>
                    {canOpenHousehold ? <Link to={`/households/${p.householdId}/show`}>{name(p)}</Link> : name(p)}
                    {isSmall && (
                      <Typography variant="body2" color="text.secondary">
                        {t("people_hours", { people: p.people, hours: p.hours.toFixed(1) })}
                      </Typography>
                    )}
                  </TableCell>
                  {!isSmall && <TableCell align="right">{p.people}</TableCell>}
                  {!isSmall && <TableCell align="right">{p.hours.toFixed(1)}</TableCell>}
                  {withEntries && (
                    <TableCell align="right" sx={{ whiteSpace: "nowrap", fontWeight: 600 }}>
                      {moved.map((e) => (
                        <Typography
                          key={e.id}
                          component="div"
                          variant="body2"
                          sx={{ fontWeight: 600, color: e.delta > 0 ? "success.main" : "error.main" }}
                          title={translate(`enums.EntryKind.${e.kind}`)}
                        >
                          {formatDelta(e.delta, locale)}
                        </Typography>
                      ))}
                    </TableCell>
                  )}
                  {withEntries && !isSmall && (
                    <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                      {last ? formatPoints(last.balanceAfter, locale) : ""}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
};
