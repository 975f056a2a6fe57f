import type { AssignmentRole, AssignmentState, AwardBatchStatus, CivicChannel, CivicStatus, EntryKind, MatterEventType } from "../gql/graphql";
import type { Translations } from "./shape";

// The words a resident reads where a screen is shared with staff: the same
// facts without the office's vocabulary (assign, accept, post, file). Staff
// keep their words (civic.en.ts, points.en.ts); the screens pick these for a
// resident (civicMatters/useCivicTerm.ts, awardBatches).
export const residentEn = {
  // A resident's ways in: the activation from a slip, the login by a text-message code (onboarding/).
  onboard: {
    activate_title: "Open my points account",
    activate_intro: "Enter the activation code from your slip and choose a password: then you can see your household's points at any time.",
    code: "Activation code",
    password: "Password",
    password_hint: "At least 8 characters",
    password_short: "At least 8 characters, please",
    repeat: "Password again",
    passwords_differ: "The two passwords are not the same",
    phone: "Mobile number (optional)",
    phone_hint: "With it you can also sign in with a text-message code",
    phone_taken: "This number already has an account: sign in with a text-message code",
    activate_submit: "Open my account",
    rate_limited: "Too many wrong tries: please wait about %{minutes} min and try again.",
    to_login: "I have an account: sign in",
    activate_link: "Got an activation slip? Open your account",
    welcome: "Your account is open. Your login name is %{username}: write it down.",
    phone_title: "Sign in with a text-message code",
    phone_intro: "For residents whose mobile number is on their account.",
    phone_number: "Mobile number",
    get_code: "Get code",
    resend_in: "Again in %{seconds} s",
    code_sent: "If this number has an account, a code is on its way by text message.",
    login_code: "Code (6 digits)",
    code_six: "Enter the 6 digits from the text message",
    login: "Sign in",
    password_login_link: "Sign in with a password",
    phone_login_link: "Sign in with a text-message code",
  },
  civic: {
    submit: "Submit",
    submitted: "Submitted (%{code}); the village committee will look into it",
    fields: {
      title: "What it is about",
      content: "What happened",
      address: "Where",
    },
    comment: "Anything you want to add (optional)",
    rate_submit: "Send my rating",
    received_at: "Raised",
    received: "%{time}, received (%{source})",
    due_none: "Not yet arranged",
    assignments: "Who handles it",
    assignments_empty: "Not yet arranged.",
    followUps: "Your rating and our calls",
    steps: {
      RECEIVED: "Received",
      ASSIGNED: "Arranged",
      IN_PROGRESS: "Handling",
      RESOLVED: "Done",
      CLOSED: "Rated",
    } satisfies Record<Exclude<CivicStatus, "REJECTED" | "MERGED">, string>,
  },
  enums: {
    CivicStatus: {
      RECEIVED: "Received",
      ASSIGNED: "Arranged",
      IN_PROGRESS: "Being handled",
      RESOLVED: "Done, please rate",
      CLOSED: "Finished",
      REJECTED: "Not taken up",
      MERGED: "Handled with another",
    } satisfies Record<CivicStatus, string>,
    CivicChannel: {
      DIRECT: "By the village",
      LEAD: "Led by an official",
      JOINT: "Several offices together",
      SUPERVISED: "Overseen from above",
    } satisfies Record<CivicChannel, string>,
    AssignmentRole: {
      LEAD_UNIT: "Handles it",
      CO_UNIT: "Helps",
      LEAD_OFFICIAL: "Official in charge",
      SUPERVISOR: "Oversees",
    } satisfies Record<AssignmentRole, string>,
    AssignmentState: {
      PENDING: "Not started",
      ACCEPTED: "Working on it",
      DONE: "Done",
      RETURNED: "Passed back",
    } satisfies Record<AssignmentState, string>,
    MatterEventType: {
      SUBMITTED: "Received",
      REJECTED: "Not taken up",
      MERGED: "Handled with another",
      ASSIGNED: "Arranged",
      ACCEPTED: "Work started",
      RETURNED: "Passed back",
      CHANNEL_CHANGED: "Handling changed",
      PROGRESS: "Progress",
      PART_REPORTED: "A helping office reported",
      SUPERVISED: "Urged from above",
      SUPERVISION_ANSWERED: "Answered the urging",
      EXTENSION_REQUESTED: "More time asked",
      EXTENSION_APPROVED: "More time given",
      EXTENSION_REFUSED: "No more time",
      RESOLVED: "Done",
      FOLLOW_UP: "We called, nobody reached",
      CLOSED: "Rated, finished",
      REOPENED: "Not satisfied, handled again",
    } satisfies Record<MatterEventType, string>,
    EntryKind: {
      AWARD: "Award",
      DEDUCTION: "Deduction",
      REDEMPTION: "Exchange",
      REFUND: "Exchange returned",
      REVERSAL: "Correction",
    } satisfies Record<EntryKind, string>,
    AwardBatchStatus: {
      DRAFT: "Draft",
      ON_PUBLICITY: "On public notice",
      POSTED: "Points given",
      WITHDRAWN: "Withdrawn",
    } satisfies Record<AwardBatchStatus, string>,
  },
  publicity: {
    until: "On public notice until %{date}; without a valid objection the points go to each household the day after.",
    ready: "The notice is over; the village committee gives the points to each household next.",
    posted_at: "Points given to each household on %{time}.",
    empty: "No award of your village is on public notice now.",
  },
} as const;

/** The shape resident.zh-CN.ts fills. */
export type ResidentMessages = Translations<typeof residentEn>;
