import { graphql } from "../providers/graphqlClient";
import { queryOf, selectionOf } from "../providers/resourceQueries";
import { getUser } from "../providers/session";
import type { Page } from "../providers/actions";
import type { Activity, ActivityDetail, CalendarDay, Participation } from "./types";
import type { CalendarDayKind } from "./enums";

// The volunteer service's and the district calendar's operations that are not
// create / update of a resource; spread into the data provider's actions.

const fields = (resource: string): string => selectionOf(queryOf(resource), getUser()?.role);

const run = async <T>(document: string, variables: Record<string, unknown>): Promise<T> =>
  (await graphql<{ result: T }>(document, variables)).result;

const participantFields = "id activityId householdId householdNumber headName people hours";
const entryFields = "id householdId villageId kind delta balanceAfter reason deedDate recordedAt recordedBy ruleId activityId reversesEntryId";

export interface ParticipantInput {
  householdId: string;
  /** 1 to the household's member count */
  people: number;
  /** 0 to 24, one decimal */
  hours: number;
}

export const volunteerActions = {
  /** An activity's participants and its ledger entries (a resident: its own household's). */
  activityDetail: (params: { id: string }) =>
    run<ActivityDetail>(
      `query ActivityDetail($id: ID!) {
        result: activity(id: $id) { participants { ${participantFields} } entries { ${entryFields} } }
      }`,
      params,
    ),

  /** Replaces the participant list while the activity is PLANNED. */
  recordParticipation: (params: { activityId: string; participants: ParticipantInput[] }) =>
    run<Activity>(
      `mutation RecordParticipation($activityId: ID!, $participants: [ParticipantInput!]!) {
        result: recordParticipation(activityId: $activityId, participants: $participants) { ${fields("activities")} }
      }`,
      params,
    ),

  /** PLANNED → HELD: each participating household gets its points, once (the key). */
  confirmActivity: (params: { id: string; idempotencyKey: string }) =>
    run<Activity>(
      `mutation ConfirmActivity($id: ID!, $idempotencyKey: String!) {
        result: confirmActivity(id: $id, idempotencyKey: $idempotencyKey) { ${fields("activities")} }
      }`,
      params,
    ),

  /** → CANCELLED; a HELD activity's awards are reversed. */
  cancelActivity: (params: { id: string; reason: string; idempotencyKey: string }) =>
    run<Activity>(
      `mutation CancelActivity($id: ID!, $reason: String!, $idempotencyKey: String) {
        result: cancelActivity(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ${fields("activities")} }
      }`,
      params,
    ),

  /** Participation rows across activities, newest activity first (a resident: its own). */
  activityParticipations: (filter: { householdId?: string; villageId?: string; status?: string; from?: string; to?: string }, perPage = 50) =>
    run<Page<Participation>>(
      `query ActivityParticipations($filter: ParticipationFilter, $perPage: Int) {
        result: activityParticipations(filter: $filter, page: 1, perPage: $perPage) {
          items { ${participantFields} activity { id title date place status points villageId } }
          total
        }
      }`,
      { filter, perPage },
    ),

  /** The calendar's exceptions from `from` to `to`, inclusive. */
  calendarDays: (params: { from: string; to: string }) =>
    run<CalendarDay[]>(
      `query CalendarDays($from: LocalDate!, $to: LocalDate!) {
        result: calendarDays(from: $from, to: $to) { date kind name createdAt }
      }`,
      params,
    ),

  setCalendarDay: (params: { date: string; kind: CalendarDayKind; name: string }) =>
    run<CalendarDay>(
      `mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {
        result: setCalendarDay(date: $date, kind: $kind, name: $name) { date kind name createdAt }
      }`,
      params,
    ),

  removeCalendarDay: (params: { date: string }) =>
    run<boolean>(`mutation RemoveCalendarDay($date: LocalDate!) { result: removeCalendarDay(date: $date) }`, params),
};
