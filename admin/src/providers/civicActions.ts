import {
  AcceptAssignmentDocument,
  AnswerSupervisionDocument,
  AssignCivicMatterDocument,
  ChangeChannelDocument,
  DecideExtensionDocument,
  LeadOfficialsDocument,
  MergeCivicMatterDocument,
  PostProgressDocument,
  ReportPartDocument,
  RateCivicMatterDocument,
  RecordFollowUpDocument,
  RejectCivicMatterDocument,
  RequestExtensionDocument,
  ResolveCivicMatterDocument,
  ReturnAssignmentDocument,
  SuperviseCivicMatterDocument,
} from "../documents/civic";
import type {
  AssignCivicMatterInput,
  FollowUpMethod,
  FollowUpResolved,
  LeadOfficialsQuery,
  Satisfaction,
  SupervisionLevel,
} from "../gql/graphql";
import { run } from "./run";

// The civic workflow's operations (民事直说): every mutation answers with the
// matter (src/documents/civic.ts: as its staff see it, the resident's rating
// as a resident does).

/** Who handles the matter on a channel (AssignCivicMatterInput); only the channel's own fields are sent. */
export type ChannelInput = AssignCivicMatterInput;

/**
 * The input as the form holds it, blanks left out. Which fields a channel
 * takes is the server's rule (it names a misplaced one); the dialog sends
 * only the inputs on screen, so another channel's leftovers never come here.
 */
export const toChannelInput = <T extends ChannelInput>(values: T): T => {
  const given = Object.entries(values).filter(([, value]) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== "",
  );
  return { ...Object.fromEntries(given), channel: values.channel } as T;
};

/** A step's photos as the form holds them (PhotoPicker's ids); none are left out of the input. */
type Photos = { attachmentIds?: string[] | null };
const photoIds = (params: Photos) => (params.attachmentIds?.length ? params.attachmentIds : undefined);

/** Someone who may lead a matter (领办), with the unit that tells namesakes apart. */
export type LeadOfficial = LeadOfficialsQuery["result"][number];

export const civicActions = {
  leadOfficials: () => run(LeadOfficialsDocument, {}),

  assignCivicMatter: (params: { id: string; input: ChannelInput }) =>
    run(AssignCivicMatterDocument, { id: params.id, input: toChannelInput(params.input) }),

  changeChannel: (params: { id: string; input: ChannelInput & { reason: string } }) =>
    run(ChangeChannelDocument, {
      id: params.id,
      input: toChannelInput(params.input),
    }),

  rejectCivicMatter: (params: { id: string; reason: string }) =>
    run(RejectCivicMatterDocument, params),

  mergeCivicMatter: (params: { id: string; intoId: string; note?: string | null }) =>
    run(MergeCivicMatterDocument, { note: null, ...params }),

  acceptAssignment: (params: { assignmentId: string }) =>
    run(AcceptAssignmentDocument, params),

  returnAssignment: (params: { assignmentId: string; reason: string }) =>
    run(ReturnAssignmentDocument, params),

  reportPart: (params: { assignmentId: string; note: string } & Photos) =>
    run(ReportPartDocument, { input: { assignmentId: params.assignmentId, note: params.note, attachmentIds: photoIds(params) } }),

  postProgress: (params: { id: string; note: string; public: boolean } & Photos) =>
    run(PostProgressDocument, {
      id: params.id,
      input: { note: params.note, public: params.public, attachmentIds: photoIds(params) },
    }),

  resolveCivicMatter: (params: { id: string; resolution: string } & Photos) =>
    run(ResolveCivicMatterDocument, {
      id: params.id,
      input: { resolution: params.resolution, attachmentIds: photoIds(params) },
    }),

  recordFollowUp: (params: {
    id: string;
    method: FollowUpMethod;
    reached: boolean;
    resolved?: FollowUpResolved | null;
    satisfaction?: Satisfaction | null;
    comment?: string | null;
  } & Photos) => {
    const { id, reached, ...rest } = params;
    const attachmentIds = photoIds(params);
    // A follow-up that reached nobody has no answers.
    const input = reached
      ? { method: rest.method, reached, resolved: rest.resolved ?? null, satisfaction: rest.satisfaction ?? null, comment: rest.comment || null, attachmentIds }
      : { method: rest.method, reached, comment: rest.comment || null, attachmentIds };
    return run(RecordFollowUpDocument, { id, input });
  },

  rateCivicMatter: (params: { id: string; resolved: FollowUpResolved; satisfaction: Satisfaction; comment?: string | null }) =>
    run(RateCivicMatterDocument, {
      id: params.id,
      input: { resolved: params.resolved, satisfaction: params.satisfaction, comment: params.comment || null },
    }),

  superviseCivicMatter: (params: { id: string; level: SupervisionLevel; reason: string; responseDueDate: string }) =>
    run(SuperviseCivicMatterDocument, {
      id: params.id,
      input: { level: params.level, reason: params.reason, responseDueDate: params.responseDueDate },
    }),

  answerSupervision: (params: { supervisionId: string; response: string }) => run(AnswerSupervisionDocument, { input: params }),

  requestExtension: (params: { id: string; assignmentId?: string | null; reason: string; requestedDueDate: string }) =>
    run(RequestExtensionDocument, {
      id: params.id,
      input: { assignmentId: params.assignmentId ?? null, reason: params.reason, requestedDueDate: params.requestedDueDate },
    }),

  decideExtension: (params: { extensionId: string; approve: boolean; note?: string | null }) =>
    run(DecideExtensionDocument, { extensionId: params.extensionId, approve: params.approve, note: params.note || null }),
};
