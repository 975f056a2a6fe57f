import type { CivicCategoryFieldsFragment, CivicMatterFieldsFragment, CivicMatterStaffFieldsFragment, CivicMatterTimelinePhotosFragment } from "../gql/graphql";

// Civic records as the data provider returns them: the result types of
// src/documents/civic.ts. Staff read the internal records too; residents
// do not, so those are optional here.

export type CivicCategory = CivicCategoryFieldsFragment;

type Staff = CivicMatterStaffFieldsFragment;
type StaffAssignment = Staff["assignments"][number];

/** internal `returnReason`: absent for residents */
export type MatterAssignment = CivicMatterFieldsFragment["assignments"][number] & Partial<Pick<StaffAssignment, "returnReason">>;
/** An event; its photos come with the matter's own query only (documents/civic.ts CivicMatterTimelinePhotos). */
export type MatterEvent = CivicMatterFieldsFragment["timeline"][number] & Partial<Pick<CivicMatterTimelinePhotosFragment["timeline"][number], "attachments">>;
export type MatterSupervision = Staff["supervisions"][number];
export type MatterExtension = Staff["extensions"][number];
export type FollowUp = CivicMatterFieldsFragment["followUps"][number];

/** internal `supervisionLevel`, `supervisions`, `extensions`: absent for residents */
export type CivicMatter = Omit<CivicMatterFieldsFragment, "assignments"> &
  Partial<Pick<Staff, "supervisionLevel" | "supervisions" | "extensions">> & { assignments: MatterAssignment[] };
