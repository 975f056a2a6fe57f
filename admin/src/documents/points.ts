import { graphql } from "../gql";

// The points ledger: rules, entries, the passbook and awards with their
// publicity batches. A batch's objections are internal: residents read the
// counts only, through the `ForResident` documents.

graphql(`
  fragment PointRuleFields on PointRule {
    id category name description points villageId active createdAt updatedAt allowedActions
  }
`);

graphql(`
  fragment PointEntryFields on PointEntry {
    id householdId villageId kind delta requestedDelta balanceAfter reason deedDate recordedAt recordedBy
    ruleId batchId activityId redemptionId reversesEntryId allowedActions
  }
`);

graphql(`
  fragment AwardBatchFields on AwardBatch {
    id villageId ruleId points reason note deedDate status publicityEndsOn postedAt withdrawnAt withdrawReason createdAt allowedActions
    lines { id householdId householdNumber headName state removedReason objectionCount allowedActions }
  }
`);

// Photos of a batch and its lines: on one batch's reads only, and pages of
// few batches (the 公示榜's, the resident's home), since each line's photos
// count towards the server's cost limit.
graphql(`
  fragment AwardBatchPhotoFields on AwardBatch {
    attachments { ...AttachmentFields }
    lines { id attachments { ...AttachmentFields } }
  }
`);

graphql(`
  fragment AwardObjectionFields on AwardObjection {
    id lineId reason createdAt
  }
`);

graphql(`
  fragment AwardBatchStaffFields on AwardBatch {
    ...AwardBatchFields
    objections { ...AwardObjectionFields }
  }
`);

export const pointRuleDocuments = {
  list: graphql(`
    query PointRuleList($filter: PointRuleFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: pointRules(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...PointRuleFields } total totalCapped }
    }
  `),
  one: graphql(`
    query PointRuleOne($id: ID!) { record: pointRule(id: $id) { ...PointRuleFields } }
  `),
  create: graphql(`
    mutation CreatePointRule($input: CreatePointRuleInput!) { record: createPointRule(input: $input) { ...PointRuleFields } }
  `),
  update: graphql(`
    mutation UpdatePointRule($id: ID!, $input: UpdatePointRuleInput!) {
      record: updatePointRule(id: $id, input: $input) { ...PointRuleFields }
    }
  `),
};

export const pointEntryDocuments = {
  list: graphql(`
    query PointEntryList($filter: PointEntryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: pointEntries(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
        items { ...PointEntryFields attachments { ...AttachmentFields } }
        total totalCapped
      }
    }
  `),
};

export const awardBatchDocuments = {
  list: graphql(`
    query AwardBatchList($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...AwardBatchStaffFields } total totalCapped }
    }
  `),
  one: graphql(`
    query AwardBatchOne($id: ID!) { record: awardBatch(id: $id) { ...AwardBatchStaffFields ...AwardBatchPhotoFields } }
  `),
};

export const awardBatchResidentDocuments = {
  list: graphql(`
    query AwardBatchListForResident($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...AwardBatchFields } total totalCapped }
    }
  `),
  one: graphql(`
    query AwardBatchOneForResident($id: ID!) { record: awardBatch(id: $id) { ...AwardBatchFields ...AwardBatchPhotoFields } }
  `),
};

export const AwardPointsDocument = graphql(`
  mutation AwardPoints($input: AwardPointsInput!) {
    result: awardPoints(input: $input) {
      entries { ...PointEntryFields attachments { ...AttachmentFields } }
      batch { ...AwardBatchStaffFields ...AwardBatchPhotoFields }
    }
  }
`);

export const DeductPointsDocument = graphql(`
  mutation DeductPoints($input: DeductPointsInput!) { result: deductPoints(input: $input) { ...PointEntryFields } }
`);

export const ReversePointEntryDocument = graphql(`
  mutation ReversePointEntry($id: ID!, $reason: String!, $idempotencyKey: String!) {
    result: reversePointEntry(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...PointEntryFields }
  }
`);

export const HouseholdPassbookDocument = graphql(`
  query HouseholdPassbook($householdId: ID!, $from: LocalDate, $to: LocalDate) {
    result: householdPassbook(householdId: $householdId, from: $from, to: $to) {
      householdId householdNumber headName villageName from to
      openingBalance closingBalance totalIn totalOut
      entries { ...PointEntryFields attachments { ...AttachmentFields } }
    }
  }
`);

/** Every active household's passbook of a village, for printing them together (one request). */
export const VillagePassbooksDocument = graphql(`
  query VillagePassbooks($villageId: ID!, $from: LocalDate, $to: LocalDate) {
    result: villagePassbooks(villageId: $villageId, from: $from, to: $to) {
      householdId householdNumber headName villageName from to
      openingBalance closingBalance totalIn totalOut
      entries { ...PointEntryFields }
    }
  }
`);

export const PostAwardBatchDocument = graphql(`
  mutation PostAwardBatch($id: ID!) { result: postAwardBatch(id: $id) { ...AwardBatchStaffFields ...AwardBatchPhotoFields } }
`);

export const WithdrawAwardBatchDocument = graphql(`
  mutation WithdrawAwardBatch($id: ID!, $reason: String!) {
    result: withdrawAwardBatch(id: $id, reason: $reason) { ...AwardBatchStaffFields ...AwardBatchPhotoFields }
  }
`);

export const RemoveAwardLineDocument = graphql(`
  mutation RemoveAwardLine($lineId: ID!, $reason: String!) {
    result: removeAwardLine(lineId: $lineId, reason: $reason) { ...AwardBatchStaffFields ...AwardBatchPhotoFields }
  }
`);

export const ObjectToAwardDocument = graphql(`
  mutation ObjectToAward($lineId: ID!, $reason: String!) {
    result: objectToAward(lineId: $lineId, reason: $reason) { ...AwardObjectionFields }
  }
`);

/** Batches with their photos, a page of few (the 公示榜 reads page after page): what residents may read of them. */
export const AwardBatchesWithPhotosDocument = graphql(`
  query AwardBatchesWithPhotos($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    result: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      items { ...AwardBatchFields ...AwardBatchPhotoFields }
      total
    }
  }
`);
