import type { CivicMatter } from "../civicMatters/civicTypes";
import type {
  CivicChannel,
  FollowUpMethod,
  FollowUpResolved,
  Satisfaction,
  SupervisionLevel,
} from "../civicMatters/civicEnums";
import { graphql } from "./graphqlClient";
import { queryOf, selectionOf } from "./resourceQueries";
import { getUser } from "./session";

// The civic workflow's operations (民事直说): every mutation answers with the
// matter, read with the selection the signed-in role may see.

const matterFields = (): string => selectionOf(queryOf("civicMatters"), getUser()?.role);

const runMatter = async (mutation: string, args: string, call: string, variables: Record<string, unknown>): Promise<CivicMatter> =>
  (
    await graphql<{ result: CivicMatter }>(
      `mutation ${mutation}(${args}) { result: ${call} { ${matterFields()} } }`,
      variables,
    )
  ).result;

/** Who handles the matter on a channel (AssignCivicMatterInput); only the channel's own fields are sent. */
export interface ChannelInput {
  channel: CivicChannel;
  leadDepartmentId?: string | null;
  coDepartmentIds?: string[] | null;
  leadOfficialUserId?: string | null;
  supervisingDepartmentId?: string | null;
  responsibleDepartmentId?: string | null;
  responsibleVillageId?: string | null;
  note?: string | null;
}

const channelFieldNames: Record<CivicChannel, readonly (keyof ChannelInput)[]> = {
  DIRECT: [],
  LEAD: ["leadOfficialUserId"],
  JOINT: ["leadDepartmentId", "coDepartmentIds"],
  SUPERVISED: ["supervisingDepartmentId", "responsibleDepartmentId", "responsibleVillageId"],
};

/** The input a channel takes: its own fields (blanks left out) and the note; a form's leftovers of another channel are dropped. */
export const toChannelInput = (values: ChannelInput): ChannelInput => {
  const input: ChannelInput = { channel: values.channel };
  for (const field of channelFieldNames[values.channel]) {
    const value = values[field];
    if (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== "") {
      (input as unknown as Record<string, unknown>)[field] = value;
    }
  }
  if (values.note) input.note = values.note;
  return input;
};

/** Someone who may lead a matter (领办), with the unit that tells namesakes apart. */
export interface LeadOfficial {
  id: string;
  displayName: string;
  role: "DEPARTMENT_STAFF" | "TOWNSHIP_STAFF";
  departmentName: string | null;
  townshipName: string | null;
}

export const civicActions = {
  leadOfficials: async () =>
    (
      await graphql<{ result: LeadOfficial[] }>(
        `query LeadOfficials { result: leadOfficials { id displayName role departmentName townshipName } }`,
        {},
      )
    ).result,

  assignCivicMatter: (params: { id: string; input: ChannelInput }) =>
    runMatter("AssignCivicMatter", "$id: ID!, $input: AssignCivicMatterInput!", "assignCivicMatter(id: $id, input: $input)", {
      id: params.id,
      input: toChannelInput(params.input),
    }),

  changeChannel: (params: { id: string; input: ChannelInput & { reason: string } }) =>
    runMatter("ChangeChannel", "$id: ID!, $input: ChangeChannelInput!", "changeChannel(id: $id, input: $input)", {
      id: params.id,
      input: { ...toChannelInput(params.input), reason: params.input.reason },
    }),

  rejectCivicMatter: (params: { id: string; reason: string }) =>
    runMatter("RejectCivicMatter", "$id: ID!, $reason: String!", "rejectCivicMatter(id: $id, reason: $reason)", params),

  mergeCivicMatter: (params: { id: string; intoId: string; note?: string | null }) =>
    runMatter("MergeCivicMatter", "$id: ID!, $intoId: ID!, $note: String", "mergeCivicMatter(id: $id, intoId: $intoId, note: $note)", {
      note: null,
      ...params,
    }),

  acceptAssignment: (params: { assignmentId: string }) =>
    runMatter("AcceptAssignment", "$assignmentId: ID!", "acceptAssignment(assignmentId: $assignmentId)", params),

  returnAssignment: (params: { assignmentId: string; reason: string }) =>
    runMatter("ReturnAssignment", "$assignmentId: ID!, $reason: String!", "returnAssignment(assignmentId: $assignmentId, reason: $reason)", params),

  postProgress: (params: { id: string; note: string; public: boolean }) =>
    runMatter("PostProgress", "$id: ID!, $input: ProgressInput!", "postProgress(id: $id, input: $input)", {
      id: params.id,
      input: { note: params.note, public: params.public },
    }),

  resolveCivicMatter: (params: { id: string; resolution: string }) =>
    runMatter("ResolveCivicMatter", "$id: ID!, $input: ResolveCivicMatterInput!", "resolveCivicMatter(id: $id, input: $input)", {
      id: params.id,
      input: { resolution: params.resolution },
    }),

  recordFollowUp: (params: {
    id: string;
    method: FollowUpMethod;
    reached: boolean;
    resolved?: FollowUpResolved | null;
    satisfaction?: Satisfaction | null;
    comment?: string | null;
  }) => {
    const { id, reached, ...rest } = params;
    // A follow-up that reached nobody has no answers.
    const input = reached
      ? { method: rest.method, reached, resolved: rest.resolved ?? null, satisfaction: rest.satisfaction ?? null, comment: rest.comment || null }
      : { method: rest.method, reached, comment: rest.comment || null };
    return runMatter("RecordFollowUp", "$id: ID!, $input: FollowUpInput!", "recordFollowUp(id: $id, input: $input)", { id, input });
  },

  rateCivicMatter: (params: { id: string; resolved: FollowUpResolved; satisfaction: Satisfaction; comment?: string | null }) =>
    runMatter("RateCivicMatter", "$id: ID!, $input: RateCivicMatterInput!", "rateCivicMatter(id: $id, input: $input)", {
      id: params.id,
      input: { resolved: params.resolved, satisfaction: params.satisfaction, comment: params.comment || null },
    }),

  superviseCivicMatter: (params: { id: string; level: SupervisionLevel; reason: string; responseDueDate: string }) =>
    runMatter("SuperviseCivicMatter", "$id: ID!, $input: SuperviseInput!", "superviseCivicMatter(id: $id, input: $input)", {
      id: params.id,
      input: { level: params.level, reason: params.reason, responseDueDate: params.responseDueDate },
    }),

  requestExtension: (params: { id: string; assignmentId?: string | null; reason: string; requestedDueDate: string }) =>
    runMatter("RequestExtension", "$id: ID!, $input: ExtensionRequestInput!", "requestExtension(id: $id, input: $input)", {
      id: params.id,
      input: { assignmentId: params.assignmentId ?? null, reason: params.reason, requestedDueDate: params.requestedDueDate },
    }),

  decideExtension: (params: { extensionId: string; approve: boolean; note?: string | null }) =>
    runMatter(
      "DecideExtension",
      "$extensionId: ID!, $approve: Boolean!, $note: String",
      "decideExtension(extensionId: $extensionId, approve: $approve, note: $note)",
      { extensionId: params.extensionId, approve: params.approve, note: params.note || null },
    ),
};
