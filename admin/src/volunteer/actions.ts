import {
  ActivityDetailDocument,
  ActivityParticipationsDocument,
  CalendarDaysDocument,
  CancelActivityDocument,
  ConfirmActivityDocument,
  RecordParticipationDocument,
  RemoveCalendarDayDocument,
  SetCalendarDayDocument,
} from "../documents/volunteer";
import type { CalendarDayKind, ParticipantInput, ParticipationFilter } from "../gql/graphql";
import { run } from "../providers/run";

// The volunteer service's and the district calendar's operations that are not
// create / update of a resource; spread into the data provider's actions.

/** A household's part: people 1 to its member count, hours 0 to 24 (one decimal). */
export type { ParticipantInput };

export const volunteerActions = {
  /** An activity's participants and its ledger entries (a resident: its own household's). */
  activityDetail: (params: { id: string }) => run(ActivityDetailDocument, params),

  /** Replaces the participant list while the activity is PLANNED. */
  recordParticipation: (params: { activityId: string; participants: ParticipantInput[]; attachmentIds?: string[] }) =>
    run(RecordParticipationDocument, params),

  /** PLANNED → HELD: each participating household gets its points, once (the key). */
  confirmActivity: (params: { id: string; idempotencyKey: string }) => run(ConfirmActivityDocument, params),

  /** → CANCELLED; a HELD activity's awards are reversed. */
  cancelActivity: (params: { id: string; reason: string; idempotencyKey: string }) => run(CancelActivityDocument, params),

  /** Participation rows across activities, newest activity first (a resident: its own). */
  activityParticipations: (filter: ParticipationFilter, perPage = 50) =>
    run(ActivityParticipationsDocument, { filter, perPage }),

  /** The calendar's exceptions from `from` to `to`, inclusive. */
  calendarDays: (params: { from: string; to: string }) => run(CalendarDaysDocument, params),

  setCalendarDay: (params: { date: string; kind: CalendarDayKind; name: string }) => run(SetCalendarDayDocument, params),

  removeCalendarDay: (params: { date: string }) => run(RemoveCalendarDayDocument, params),
};
