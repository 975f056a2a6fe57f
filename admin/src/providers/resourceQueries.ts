import type { RaRecord } from "react-admin";
import type { Role } from "../common/enums";
import { civicCategoryDocuments, civicMatterDocuments, civicMatterResidentDocuments } from "../documents/civic";
import { departmentDocuments, townshipDocuments, villageDocuments } from "../documents/geo";
import { householdDocuments, userDocuments } from "../documents/households";
import { awardBatchDocuments, awardBatchResidentDocuments, pointEntryDocuments, pointRuleDocuments } from "../documents/points";
import { exchangeEventDocuments, productDocuments, redemptionDocuments } from "../documents/shop";
import { activityDocuments, serviceBrandDocuments, volunteerTeamDocuments } from "../documents/volunteer";
import type { TypedDocumentString } from "../gql/graphql";

// How each react-admin resource maps onto the server's GraphQL API: its
// documents (src/documents/, typed from the schema) and which keys of the
// filter and of the create / update inputs it sends. The key lists are
// checked against the documents' input types, so a key the schema lacks
// fails the type check. What a resource lacks (no single-record query, no
// create or update) the data provider refuses.

// Variables are built per resource from react-admin's params (inputs.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Document<R> = TypedDocumentString<R, any>;
type RecordDocument = Document<{ record: RaRecord }>;

export interface ResourceDocuments {
  /** `page: <list>(filter, sort, page, perPage) { items total totalCapped }` */
  list: Document<{ page: { items: RaRecord[]; total: number; totalCapped: boolean } }>;
  /** `record: <one>(id)` */
  one?: RecordDocument;
  /** `record: create<Type>(input)` (or submitCivicMatter) */
  create?: RecordDocument;
  /** `record: update<Type>(id, input)` */
  update?: RecordDocument;
  /** `record: <mutation>(id)` that stands for delete (archiveHousehold) */
  delete?: RecordDocument;
}

export interface ResourceQuery {
  documents: ResourceDocuments;
  /** Residents read these instead: the staff's select internal records the server refuses them. */
  residentDocuments?: Partial<ResourceDocuments>;
  /** keys of `<Type>Filter`; other filter keys are dropped */
  filters: readonly string[];
  /** keys of the create input */
  createFields?: readonly string[];
  /** keys of the update input */
  updateFields?: readonly string[];
}

type VariablesOf<D> = D extends TypedDocumentString<unknown, infer V> ? V : never;
/** The keys of the input type a document's variable `name` takes. */
type InputKeys<D, Name extends string> = keyof NonNullable<VariablesOf<D>[Name & keyof VariablesOf<D>]> & string;

/** A resource whose key lists name only fields of its documents' input types. */
const resource = <D extends ResourceDocuments>(q: {
  documents: D;
  residentDocuments?: Partial<ResourceDocuments>;
  filters: readonly InputKeys<D["list"], "filter">[];
  createFields?: readonly InputKeys<D["create"], "input">[];
  updateFields?: readonly InputKeys<D["update"], "input">[];
}): ResourceQuery => q;

export const resourceQueries = {
  townships: resource({
    documents: townshipDocuments,
    filters: ["ids", "q"],
    createFields: ["code", "name"],
    updateFields: ["code", "name"],
  }),
  villages: resource({
    documents: villageDocuments,
    filters: ["ids", "townshipId", "q", "hasShop"],
    createFields: ["townshipId", "code", "name", "hasShop", "publicityDays", "rankingSize", "notifyPoints"],
    updateFields: ["code", "name", "hasShop", "publicityDays", "rankingSize", "notifyPoints"],
  }),
  departments: resource({
    documents: departmentDocuments,
    filters: ["ids", "kind", "townshipId", "q", "active"],
    createFields: ["code", "name", "kind", "townshipId"],
    updateFields: ["code", "name", "kind", "townshipId", "active"],
  }),
  households: resource({
    documents: householdDocuments,
    filters: ["ids", "townshipId", "villageId", "category", "status", "q"],
    createFields: ["villageId", "number", "headName", "memberCount", "phone", "address", "category", "smsOptOut"],
    updateFields: ["number", "headName", "memberCount", "phone", "address", "category", "status", "smsOptOut"],
  }),
  users: resource({
    documents: userDocuments,
    filters: ["ids", "role", "townshipId", "villageId", "departmentId", "q", "active"],
    createFields: ["username", "password", "displayName", "role", "townshipId", "villageId", "departmentId", "householdId"],
    updateFields: ["displayName", "role", "townshipId", "villageId", "departmentId", "householdId", "active", "password"],
  }),
  pointRules: resource({
    documents: pointRuleDocuments,
    filters: ["ids", "villageId", "districtOnly", "category", "positive", "active", "q"],
    createFields: ["category", "name", "description", "points", "villageId"],
    updateFields: ["category", "name", "description", "points", "active"],
  }),
  pointEntries: resource({
    documents: pointEntryDocuments,
    filters: ["villageId", "townshipId", "householdId", "kind", "ruleId", "from", "to"],
  }),
  awardBatches: resource({
    documents: awardBatchDocuments,
    // Residents see how many objected, not what they wrote.
    residentDocuments: awardBatchResidentDocuments,
    filters: ["villageId", "status"],
  }),
  products: resource({
    documents: productDocuments,
    filters: ["ids", "villageId", "active", "q"],
    createFields: ["villageId", "name", "unit", "price", "stock", "attachmentIds"],
    updateFields: ["name", "unit", "price", "active", "attachmentIds"],
  }),
  exchangeEvents: resource({
    documents: exchangeEventDocuments,
    filters: ["villageId", "townshipId", "status", "from", "to"],
    createFields: ["villageId", "date", "title"],
  }),
  redemptions: resource({
    documents: redemptionDocuments,
    filters: ["villageId", "householdId", "eventId", "status", "from", "to"],
  }),
  volunteerTeams: resource({
    documents: volunteerTeamDocuments,
    filters: ["ids", "townshipId", "villageId", "usableBy", "kind", "active", "q"],
    createFields: ["name", "kind", "leaderName", "memberCount", "townshipId", "villageId"],
    updateFields: ["name", "kind", "leaderName", "memberCount", "active"],
  }),
  serviceBrands: resource({
    documents: serviceBrandDocuments,
    filters: ["ids", "townshipId", "villageId", "usableBy", "active", "q"],
    createFields: ["name", "description", "townshipId", "villageId"],
    updateFields: ["name", "description", "active"],
  }),
  activities: resource({
    documents: activityDocuments,
    filters: ["ids", "townshipId", "villageId", "teamId", "brandId", "category", "status", "from", "to", "q"],
    createFields: ["villageId", "title", "date", "place", "description", "category", "teamId", "brandId", "pointsPerParticipant", "ruleId"],
    updateFields: ["title", "date", "place", "description", "category", "teamId", "brandId", "pointsPerParticipant", "ruleId"],
  }),
  civicCategories: resource({
    documents: civicCategoryDocuments,
    filters: ["ids", "active", "q"],
    createFields: ["code", "name", "defaultChannel", "deadlineDays", "active"],
    updateFields: ["code", "name", "defaultChannel", "deadlineDays", "active"],
  }),
  civicMatters: resource({
    documents: civicMatterDocuments,
    // Internal records: the server answers FORBIDDEN if a resident selects them.
    residentDocuments: civicMatterResidentDocuments,
    filters: [
      "ids", "q", "status", "statuses", "channel", "categoryId", "townshipId", "villageId",
      "departmentId", "officialUserId", "overdue", "dueBefore", "receivedFrom", "receivedTo",
      "myAssignmentState", "myDueWithinWorkingDays", "myOverdue", "supervisionAwaitingMyAnswer",
    ],
    createFields: [
      "categoryId", "title", "content", "address", "urgency", "source", "villageId",
      "householdId", "submitterName", "submitterPhone", "anonymous", "attachmentIds",
    ],
  }),
} satisfies Record<string, ResourceQuery>;

export type ResourceName = keyof typeof resourceQueries;

export const isResourceName = (name: string): name is ResourceName => name in resourceQueries;

export const queryOf = (resource: string): ResourceQuery => {
  if (!isResourceName(resource)) throw new Error(`Unknown resource: ${resource}`);
  return resourceQueries[resource];
};

/** The documents a role reads a resource with: residents' leave out internal records (as does no role). */
export const documentsOf = (q: ResourceQuery, role: Role | undefined): ResourceDocuments =>
  role && role !== "RESIDENT" ? q.documents : { ...q.documents, ...q.residentDocuments };
