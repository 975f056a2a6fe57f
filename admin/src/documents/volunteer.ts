import { graphql } from "../gql";

// 文明实践 / 志愿服务: teams, brands, activities and their participants, and
// the district calendar.

graphql(`
  fragment VolunteerTeamFields on VolunteerTeam {
    id name kind leaderName memberCount townshipId villageId active createdAt updatedAt allowedActions
  }
`);

graphql(`
  fragment ServiceBrandFields on ServiceBrand {
    id name description townshipId villageId active createdAt updatedAt allowedActions
  }
`);

graphql(`
  fragment ActivityFields on Activity {
    id title date place description category status villageId teamId brandId pointsPerParticipant ruleId points
    participantCount people confirmedAt cancelReason cancelledAt createdAt updatedAt allowedActions
    attachments { ...AttachmentFields }
  }
`);

graphql(`
  fragment ActivityParticipantFields on ActivityParticipant {
    id activityId householdId householdNumber headName people hours
  }
`);

graphql(`
  fragment CalendarDayFields on CalendarDay {
    date kind name createdAt
  }
`);

export const volunteerTeamDocuments = {
  list: graphql(`
    query VolunteerTeamList($filter: VolunteerTeamFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: volunteerTeams(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...VolunteerTeamFields } total totalCapped }
    }
  `),
  one: graphql(`
    query VolunteerTeamOne($id: ID!) { record: volunteerTeam(id: $id) { ...VolunteerTeamFields } }
  `),
  create: graphql(`
    mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {
      record: createVolunteerTeam(input: $input) { ...VolunteerTeamFields }
    }
  `),
  update: graphql(`
    mutation UpdateVolunteerTeam($id: ID!, $input: UpdateVolunteerTeamInput!) {
      record: updateVolunteerTeam(id: $id, input: $input) { ...VolunteerTeamFields }
    }
  `),
};

export const serviceBrandDocuments = {
  list: graphql(`
    query ServiceBrandList($filter: ServiceBrandFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: serviceBrands(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ServiceBrandFields } total totalCapped }
    }
  `),
  one: graphql(`
    query ServiceBrandOne($id: ID!) { record: serviceBrand(id: $id) { ...ServiceBrandFields } }
  `),
  create: graphql(`
    mutation CreateServiceBrand($input: CreateServiceBrandInput!) {
      record: createServiceBrand(input: $input) { ...ServiceBrandFields }
    }
  `),
  update: graphql(`
    mutation UpdateServiceBrand($id: ID!, $input: UpdateServiceBrandInput!) {
      record: updateServiceBrand(id: $id, input: $input) { ...ServiceBrandFields }
    }
  `),
};

export const activityDocuments = {
  list: graphql(`
    query ActivityList($filter: ActivityFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: activities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ActivityFields } total totalCapped }
    }
  `),
  one: graphql(`
    query ActivityOne($id: ID!) { record: activity(id: $id) { ...ActivityFields } }
  `),
  create: graphql(`
    mutation CreateActivity($input: CreateActivityInput!) { record: createActivity(input: $input) { ...ActivityFields } }
  `),
  update: graphql(`
    mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {
      record: updateActivity(id: $id, input: $input) { ...ActivityFields }
    }
  `),
};

export const ActivityDetailDocument = graphql(`
  query ActivityDetail($id: ID!) {
    result: activity(id: $id) { participants { ...ActivityParticipantFields } entries { ...PointEntryFields } }
  }
`);

export const RecordParticipationDocument = graphql(`
  mutation RecordParticipation($activityId: ID!, $participants: [ParticipantInput!]!, $attachmentIds: [ID!]) {
    result: recordParticipation(activityId: $activityId, participants: $participants, attachmentIds: $attachmentIds) { ...ActivityFields }
  }
`);

export const ConfirmActivityDocument = graphql(`
  mutation ConfirmActivity($id: ID!, $idempotencyKey: String!) {
    result: confirmActivity(id: $id, idempotencyKey: $idempotencyKey) { ...ActivityFields }
  }
`);

export const CancelActivityDocument = graphql(`
  mutation CancelActivity($id: ID!, $reason: String!, $idempotencyKey: String) {
    result: cancelActivity(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...ActivityFields }
  }
`);

export const ActivityParticipationsDocument = graphql(`
  query ActivityParticipations($filter: ParticipationFilter, $perPage: Int) {
    result: activityParticipations(filter: $filter, page: 1, perPage: $perPage) {
      items { ...ActivityParticipantFields activity { id title date place status points villageId } }
      total
    }
  }
`);

export const CalendarDaysDocument = graphql(`
  query CalendarDays($from: LocalDate!, $to: LocalDate!) {
    result: calendarDays(from: $from, to: $to) { ...CalendarDayFields }
  }
`);

export const SetCalendarDayDocument = graphql(`
  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {
    result: setCalendarDay(date: $date, kind: $kind, name: $name) { ...CalendarDayFields }
  }
`);

export const RemoveCalendarDayDocument = graphql(`
  mutation RemoveCalendarDay($date: LocalDate!) { result: removeCalendarDay(date: $date) }
`);
