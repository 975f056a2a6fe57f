import { graphql } from "../gql";

// 民事直说: categories and matters. A matter's internal records (supervision,
// extensions, why an assignment was returned) are refused to residents, who
// read and submit through the `ForResident` documents; every workflow step
// answers with the matter as its staff see it, except the resident's rating.

graphql(`
  fragment CivicCategoryFields on CivicCategory {
    id code name defaultChannel deadlineDays active createdAt updatedAt
  }
`);

graphql(`
  fragment CivicMatterFields on CivicMatter {
    id code title content categoryId villageId townshipId address submitterHouseholdId submitterName submitterPhone
    anonymous source urgency channel status dueDate overdue overdueWorkingDays reworkCount
    resolution closeReason duplicateOfId receivedAt resolvedAt closedAt version
    category { id name deadlineDays defaultChannel }
    village { id name }
    township { id name }
    assignments {
      id role state departmentId department { id name } villageId village { id name }
      officialUserId personName dueDate resultNote reportedAt createdAt allowedActions
    }
    myAssignment { id role state dueDate allowedActions }
    allowedActions assignableChannels
    timeline { id type fromStatus toStatus actorName at note public data }
    followUps { id method reached resolved satisfaction comment createdAt }
    attachments { id url thumbnailUrl width height }
  }
`);

// The timeline's photos only on the matter's own page: a board page of 25
// matters, each with its timeline and each event's photos, would cost past
// the server's limit (CUNWU_MAX_COST). A record the board put in the cache
// shows no step photos until its own query answers, a moment later.
graphql(`
  fragment CivicMatterTimelinePhotos on CivicMatter {
    timeline { id attachments { id url thumbnailUrl width height } }
  }
`);

graphql(`
  fragment CivicMatterStaffFields on CivicMatter {
    ...CivicMatterFields
    supervisionLevel
    assignments { returnReason }
    supervisions { id level reason responseDue status response answeredAt answeredByName endedAt createdAt allowedActions }
    extensions { id assignmentId reason requestedDueDate requestedAt state decidedAt decisionNote }
  }
`);

export const civicCategoryDocuments = {
  list: graphql(`
    query CivicCategoryList($filter: CivicCategoryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: civicCategories(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicCategoryFields } total totalCapped }
    }
  `),
  one: graphql(`
    query CivicCategoryOne($id: ID!) { record: civicCategory(id: $id) { ...CivicCategoryFields } }
  `),
  create: graphql(`
    mutation CreateCivicCategory($input: CreateCivicCategoryInput!) {
      record: createCivicCategory(input: $input) { ...CivicCategoryFields }
    }
  `),
  update: graphql(`
    mutation UpdateCivicCategory($id: ID!, $input: UpdateCivicCategoryInput!) {
      record: updateCivicCategory(id: $id, input: $input) { ...CivicCategoryFields }
    }
  `),
};

export const civicMatterDocuments = {
  list: graphql(`
    query CivicMatterList($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicMatterStaffFields } total totalCapped }
    }
  `),
  one: graphql(`
    query CivicMatterOne($id: ID!) { record: civicMatter(id: $id) { ...CivicMatterStaffFields ...CivicMatterTimelinePhotos } }
  `),
  create: graphql(`
    mutation SubmitCivicMatter($input: SubmitCivicMatterInput!) {
      record: submitCivicMatter(input: $input) { ...CivicMatterStaffFields }
    }
  `),
};

export const civicMatterResidentDocuments = {
  list: graphql(`
    query CivicMatterListForResident($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicMatterFields } total totalCapped }
    }
  `),
  one: graphql(`
    query CivicMatterOneForResident($id: ID!) { record: civicMatter(id: $id) { ...CivicMatterFields ...CivicMatterTimelinePhotos } }
  `),
  create: graphql(`
    mutation SubmitCivicMatterForResident($input: SubmitCivicMatterInput!) {
      record: submitCivicMatter(input: $input) { ...CivicMatterFields }
    }
  `),
};

export const LeadOfficialsDocument = graphql(`
  query LeadOfficials { result: leadOfficials { id displayName role departmentName townshipName } }
`);

export const AssignCivicMatterDocument = graphql(`
  mutation AssignCivicMatter($id: ID!, $input: AssignCivicMatterInput!) {
    result: assignCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }
  }
`);

export const ChangeChannelDocument = graphql(`
  mutation ChangeChannel($id: ID!, $input: ChangeChannelInput!) {
    result: changeChannel(id: $id, input: $input) { ...CivicMatterStaffFields }
  }
`);

export const RejectCivicMatterDocument = graphql(`
  mutation RejectCivicMatter($id: ID!, $reason: String!) {
    result: rejectCivicMatter(id: $id, reason: $reason) { ...CivicMatterStaffFields }
  }
`);

export const MergeCivicMatterDocument = graphql(`
  mutation MergeCivicMatter($id: ID!, $intoId: ID!, $note: String) {
    result: mergeCivicMatter(id: $id, intoId: $intoId, note: $note) { ...CivicMatterStaffFields }
  }
`);

export const AcceptAssignmentDocument = graphql(`
  mutation AcceptAssignment($assignmentId: ID!) {
    result: acceptAssignment(assignmentId: $assignmentId) { ...CivicMatterStaffFields }
  }
`);

export const ReturnAssignmentDocument = graphql(`
  mutation ReturnAssignment($assignmentId: ID!, $reason: String!) {
    result: returnAssignment(assignmentId: $assignmentId, reason: $reason) { ...CivicMatterStaffFields }
  }
`);

export const ReportPartDocument = graphql(`
  mutation ReportPart($input: ReportPartInput!) {
    result: reportPart(input: $input) { ...CivicMatterStaffFields }
  }
`);

export const PostProgressDocument = graphql(`
  mutation PostProgress($id: ID!, $input: ProgressInput!) {
    result: postProgress(id: $id, input: $input) { ...CivicMatterStaffFields }
  }
`);

export const ResolveCivicMatterDocument = graphql(`
  mutation ResolveCivicMatter($id: ID!, $input: ResolveCivicMatterInput!) {
    result: resolveCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }
  }
`);

export const RecordFollowUpDocument = graphql(`
  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {
    result: recordFollowUp(id: $id, input: $input) { ...CivicMatterStaffFields }
  }
`);

/** The resident's own rating: answered with what a resident may read. */
export const RateCivicMatterDocument = graphql(`
  mutation RateCivicMatter($id: ID!, $input: RateCivicMatterInput!) {
    result: rateCivicMatter(id: $id, input: $input) { ...CivicMatterFields }
  }
`);

export const SuperviseCivicMatterDocument = graphql(`
  mutation SuperviseCivicMatter($id: ID!, $input: SuperviseInput!) {
    result: superviseCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }
  }
`);

export const AnswerSupervisionDocument = graphql(`
  mutation AnswerSupervision($input: AnswerSupervisionInput!) {
    result: answerSupervision(input: $input) { ...CivicMatterStaffFields }
  }
`);

export const RequestExtensionDocument = graphql(`
  mutation RequestExtension($id: ID!, $input: ExtensionRequestInput!) {
    result: requestExtension(id: $id, input: $input) { ...CivicMatterStaffFields }
  }
`);

export const DecideExtensionDocument = graphql(`
  mutation DecideExtension($extensionId: ID!, $approve: Boolean!, $note: String) {
    result: decideExtension(extensionId: $extensionId, approve: $approve, note: $note) { ...CivicMatterStaffFields }
  }
`);
