import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import { maskPhone } from "../common/phone";
import { notFound } from "../errors";
import { Department, Township, Village } from "../geo/geo-types";
import {
  AssignCivicMatterInput,
  CalendarDay,
  CalendarDayKind,
  ChangeChannelInput,
  CivicCategory,
  CivicCategoryFilter,
  CivicCategoryPage,
  CivicMatter,
  CivicMatterFilter,
  CivicMatterPage,
  CreateCivicCategoryInput,
  ExtensionRequestInput,
  FollowUp,
  FollowUpInput,
  MatterAssignment,
  MatterEvent,
  MatterExtension,
  MatterSupervision,
  ProgressInput,
  RateCivicMatterInput,
  ResolveCivicMatterInput,
  SubmitCivicMatterInput,
  SuperviseInput,
  LeadOfficial,
  SupervisionLevel,
  UpdateCivicCategoryInput,
} from "./civic-types";
import * as calendar from "./calendar";
import * as categories from "./category-service";
import * as matters from "./matter-service";
import * as workflow from "./workflow-service";
import { civicLoaders } from "./civic-loaders";
import { listLeadOfficials } from "./lead-officials";
import { seesSubmitterPhone } from "./civic-scope";
import { cost } from "../request/costs";
import { geoLoaders } from "../geo/geo-loaders";

// Every role reads matters, each within its scope (civic-scope.ts).
const triagers = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE"] as const;
const intake = [...triagers, "RESIDENT"] as const;
/** Who can be named on an assignment: department staff, township staff (lead officials) and village committees (DIRECT). */
const assignees = ["DEPARTMENT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE"] as const;
const handlers = ["DISTRICT_ADMIN", "DISTRICT_STAFF", ...assignees] as const;
const staffAbove = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF"] as const;
/** Internal records (supervisions, extensions, return reasons): everyone but residents. */
const internalReaders = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "DEPARTMENT_STAFF"] as const;

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Query(() => [CalendarDay], { complexity: cost.ownQuery, description: "The calendar's exceptions from `from` to `to` (inclusive, at most 3 years)" })
  @LoggedIn()
  calendarDays(@Arg("from", () => GraphQLLocalDate) from: string, @Arg("to", () => GraphQLLocalDate) to: string, @Ctx() ctx: Context) {
    return calendar.listCalendarDays(ctx.db, from, to);
  }

  @Mutation(() => CalendarDay, {
    description: "Sets a day's exception (a HOLIDAY on a weekday, a WORKDAY on a weekend); due dates already given stay",
  })
  @Allow("DISTRICT_ADMIN")
  setCalendarDay(
    @Ctx() ctx: Context,
    @Arg("date", () => GraphQLLocalDate) date: string,
    @Arg("kind", () => CalendarDayKind) kind: CalendarDayKind,
    @Arg("name", () => String) name: string,
  ) {
    return calendar.setCalendarDay(ctx.db, actorOf(ctx), date, kind, name);
  }

  @Mutation(() => Boolean, { description: "Removes a day's exception; NOT_FOUND when it has none" })
  @Allow("DISTRICT_ADMIN")
  removeCalendarDay(@Ctx() ctx: Context, @Arg("date", () => GraphQLLocalDate) date: string) {
    return calendar.removeCalendarDay(ctx.db, actorOf(ctx), date);
  }
}

@Resolver(() => CivicCategory)
export class CivicCategoryResolver {
  @Query(() => CivicCategoryPage, { complexity: cost.list })
  @LoggedIn()
  civicCategories(
    @Ctx() ctx: Context,
    @Arg("filter", () => CivicCategoryFilter, { nullable: true }) filter?: CivicCategoryFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return categories.listCategories(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => CivicCategory, { complexity: cost.byId })
  @LoggedIn()
  civicCategory(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return categories.getCategory(ctx.db, id);
  }

  @Mutation(() => CivicCategory)
  @Allow("DISTRICT_ADMIN")
  createCivicCategory(@Ctx() ctx: Context, @Arg("input", () => CreateCivicCategoryInput) input: CreateCivicCategoryInput) {
    return categories.createCategory(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => CivicCategory, { description: "Applies to assignments made from now on" })
  @Allow("DISTRICT_ADMIN")
  updateCivicCategory(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCivicCategoryInput) input: UpdateCivicCategoryInput,
  ) {
    return categories.updateCategory(ctx.db, actorOf(ctx), id, input);
  }
}

@Resolver(() => CivicMatter)
export class CivicMatterResolver {
  @Query(() => CivicMatterPage, { complexity: cost.list, description: "Matters you see (civic-scope), newest first by default" })
  @LoggedIn()
  civicMatters(
    @Ctx() ctx: Context,
    @Arg("filter", () => CivicMatterFilter, { nullable: true }) filter?: CivicMatterFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return matters.listMatters(ctx.db, actorOf(ctx), ctx.timezone, filter, sort, page, perPage);
  }

  @Query(() => CivicMatter, { complexity: cost.byId, description: "NOT_FOUND outside your scope" })
  @LoggedIn()
  civicMatter(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return matters.getMatter(ctx.db, actorOf(ctx), id);
  }

  @Query(() => [LeadOfficial], { complexity: cost.ownQuery, description: "Who may be named to lead a matter (领办): active department and township staff" })
  @Allow("DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF")
  leadOfficials(@Ctx() ctx: Context) {
    return listLeadOfficials(ctx.db);
  }

  @Mutation(() => CivicMatter, { description: "Takes a matter in (受理): status RECEIVED with a new code MS-<year>-<5 digits>" })
  @Allow(...intake)
  submitCivicMatter(@Ctx() ctx: Context, @Arg("input", () => SubmitCivicMatterInput) input: SubmitCivicMatterInput) {
    return matters.submitMatter(ctx.db, actorOf(ctx), ctx.timezone, input);
  }

  @Mutation(() => CivicMatter, { description: "RECEIVED → REJECTED (不予受理), with a reason" })
  @Allow(...triagers)
  rejectCivicMatter(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string) {
    return workflow.rejectMatter(ctx.db, actorOf(ctx), id, reason);
  }

  @Mutation(() => CivicMatter, { description: "RECEIVED → MERGED into another matter that is neither merged nor rejected" })
  @Allow(...triagers)
  mergeCivicMatter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("intoId", () => ID) intoId: string,
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return workflow.mergeMatter(ctx.db, actorOf(ctx), id, intoId, note);
  }

  @Mutation(() => CivicMatter, {
    description: "RECEIVED → ASSIGNED (交办) on a channel; a village committee assigns only DIRECT for its own village",
  })
  @Allow(...triagers)
  assignCivicMatter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => AssignCivicMatterInput) input: AssignCivicMatterInput,
  ) {
    return workflow.assignMatter(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "ASSIGNED / IN_PROGRESS → ASSIGNED on another channel (e.g. DIRECT → SUPERVISED)" })
  @Allow(...triagers)
  changeChannel(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => ChangeChannelInput) input: ChangeChannelInput) {
    return workflow.changeChannel(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, {
    description: "The assignee accepts; the lead's acceptance moves the matter ASSIGNED → IN_PROGRESS. Returns the matter",
  })
  @Allow(...assignees)
  acceptAssignment(@Ctx() ctx: Context, @Arg("assignmentId", () => ID) assignmentId: string) {
    return workflow.acceptAssignment(ctx.db, actorOf(ctx), assignmentId);
  }

  @Mutation(() => CivicMatter, {
    description: "The assignee hands its assignment back; the lead's return sends the matter back to RECEIVED for re-assignment",
  })
  @Allow(...assignees)
  returnAssignment(@Ctx() ctx: Context, @Arg("assignmentId", () => ID) assignmentId: string, @Arg("reason", () => String) reason: string) {
    return workflow.returnAssignment(ctx.db, actorOf(ctx), assignmentId, reason);
  }

  @Mutation(() => CivicMatter, { description: "A progress note by an assignee or staff above, public or internal" })
  @Allow(...handlers)
  postProgress(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => ProgressInput) input: ProgressInput) {
    return workflow.postProgress(ctx.db, actorOf(ctx), id, input);
  }

  @Mutation(() => CivicMatter, { description: "IN_PROGRESS → RESOLVED (办结) by the lead assignee or staff above" })
  @Allow(...handlers)
  resolveCivicMatter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ResolveCivicMatterInput) input: ResolveCivicMatterInput,
  ) {
    return workflow.resolveMatter(ctx.db, actorOf(ctx), id, input);
  }

  @Mutation(() => CivicMatter, {
    description:
      "回访 of a RESOLVED matter: satisfied or basically → CLOSED; not satisfied → IN_PROGRESS again (rework); not reached → stays RESOLVED",
  })
  @Allow(...triagers)
  recordFollowUp(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => FollowUpInput) input: FollowUpInput) {
    return workflow.recordFollowUp(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "A resident rates its own RESOLVED matter (an ONLINE follow-up, same outcomes)" })
  @Allow("RESIDENT")
  rateCivicMatter(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => RateCivicMatterInput) input: RateCivicMatterInput) {
    return workflow.rateMatter(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "督办 (urge, written notice, escalation) by township or district staff; the level never goes down" })
  @Allow(...staffAbove)
  superviseCivicMatter(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => SuperviseInput) input: SuperviseInput) {
    return workflow.superviseMatter(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "延期 requested by an assignee before its due date; one waits at a time" })
  @Allow(...assignees)
  requestExtension(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ExtensionRequestInput) input: ExtensionRequestInput,
  ) {
    return workflow.requestExtension(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "Staff above approve (before the due date; it moves) or refuse an extension. Returns the matter" })
  @Allow(...staffAbove)
  decideExtension(
    @Ctx() ctx: Context,
    @Arg("extensionId", () => ID) extensionId: string,
    @Arg("approve", () => Boolean) approve: boolean,
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return workflow.decideExtension(ctx.db, actorOf(ctx), ctx.timezone, extensionId, approve, note);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Masked (138****5678) unless you are the submitting household, the village's committee or the district admin",
  })
  submitterPhone(@Root() matter: CivicMatter, @Ctx() ctx: Context): string | null {
    if (matter.submitterPhone === null) return null;
    return seesSubmitterPhone(actorOf(ctx), matter) ? matter.submitterPhone : maskPhone(matter.submitterPhone);
  }

  @FieldResolver(() => Boolean, { description: "Computed: not resolved (nor closed, rejected, merged) and due before today" })
  overdue(@Root() matter: CivicMatter, @Ctx() ctx: Context): boolean {
    return matters.isOverdue(matter, civicLoaders(ctx).today);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Working days after the due date up to today; null unless overdue" })
  async overdueWorkingDays(@Root() matter: CivicMatter, @Ctx() ctx: Context): Promise<number | null> {
    const loaders = civicLoaders(ctx);
    if (!matters.isOverdue(matter, loaders.today)) return null;
    return loaders.workingDaysSince.load(matter.dueDate!);
  }

  @FieldResolver(() => CivicCategory)
  async category(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    const row = await civicLoaders(ctx).category.load(matter.categoryId);
    if (!row) throw notFound("CivicCategory", matter.categoryId);
    return row;
  }

  @FieldResolver(() => Village)
  async village(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    const row = await geoLoaders(ctx).village.load(matter.villageId);
    if (!row) throw notFound("Village", matter.villageId);
    return row;
  }

  @FieldResolver(() => Township)
  async township(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    const row = await geoLoaders(ctx).township.load(matter.townshipId);
    if (!row) throw notFound("Township", matter.townshipId);
    return row;
  }

  @FieldResolver(() => [MatterEvent], { description: "The timeline, oldest first; residents see only its public events" })
  timeline(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return civicLoaders(ctx).timeline.load(matter.id);
  }

  @FieldResolver(() => SupervisionLevel, { nullable: true, description: "The highest supervision so far; internal: not for residents" })
  @Allow(...internalReaders)
  supervisionLevel(@Root() matter: CivicMatter): SupervisionLevel | null {
    return matter.supervisionLevel;
  }

  @FieldResolver(() => [MatterAssignment], { description: "Every assignment, returned ones included, oldest first" })
  assignments(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return civicLoaders(ctx).assignments.load(matter.id);
  }

  @FieldResolver(() => [MatterSupervision], { description: "Internal: not for residents" })
  @Allow(...internalReaders)
  supervisions(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return civicLoaders(ctx).supervisions.load(matter.id);
  }

  @FieldResolver(() => [MatterExtension], { description: "Internal: not for residents" })
  @Allow(...internalReaders)
  extensions(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return civicLoaders(ctx).extensions.load(matter.id);
  }

  @FieldResolver(() => [FollowUp])
  followUps(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return civicLoaders(ctx).followUps.load(matter.id);
  }
}

@Resolver(() => MatterAssignment)
export class MatterAssignmentResolver {
  @FieldResolver(() => Department, { nullable: true })
  department(@Root() assignment: MatterAssignment, @Ctx() ctx: Context) {
    return assignment.departmentId === null ? null : geoLoaders(ctx).department.load(assignment.departmentId);
  }

  @FieldResolver(() => Village, { nullable: true })
  village(@Root() assignment: MatterAssignment, @Ctx() ctx: Context) {
    return assignment.villageId === null ? null : geoLoaders(ctx).village.load(assignment.villageId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Why it was handed back; internal: not for residents" })
  @Allow(...internalReaders)
  returnReason(@Root() assignment: MatterAssignment): string | null {
    return assignment.returnReason;
  }
}

@Resolver(() => MatterEvent)
export class MatterEventResolver {
  @FieldResolver(() => String, { nullable: true, description: "Who did it (display name)" })
  async actorName(@Root() event: MatterEvent, @Ctx() ctx: Context): Promise<string | null> {
    if (event.actorId === null) return null;
    return (await civicLoaders(ctx).userName.load(event.actorId))?.displayName ?? null;
  }
}

