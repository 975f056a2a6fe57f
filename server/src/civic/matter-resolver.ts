import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { Attachment } from "../files/attachment-types";
import { SortInput } from "../common/paging";
import { maskPhone } from "../common/phone";
import { notFound } from "../errors";
import { Township, Village } from "../geo/geo-types";
import { geoLoaders } from "../geo/geo-loaders";
import { CivicChannel, SupervisionLevel } from "./civic-enums";
import { CivicCategory } from "./category-types";
import {
  CivicMatter,
  CivicMatterFilter,
  CivicMatterPage,
  FollowUp,
  LeadOfficial,
  MatterAssignment,
  MatterEvent,
  MatterExtension,
  MatterSupervision,
} from "./matter-types";
import * as matters from "./matter-service";
import { civicLoaders } from "./civic-loaders";
import { listLeadOfficials } from "./lead-officials";
import { ownAssignment, seesSubmitterPhone } from "./civic-scope";
import { allowedMatterActions, assignableChannels, CivicMatterAction } from "./matter-actions";
import type { MatterRow } from "./matter-store";
import { internalReaders } from "./civic-roles";

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

  @FieldResolver(() => [CivicMatterAction], {
    description: "The steps you may take on this matter now, by the same rules the mutations check (an assignee's own steps are on its assignment)",
  })
  async allowedActions(@Root() matter: MatterRow, @Ctx() ctx: Context): Promise<CivicMatterAction[]> {
    const loaders = civicLoaders(ctx);
    const [assignments, extensions] = await Promise.all([loaders.assignments.load(matter.id), loaders.extensions.load(matter.id)]);
    return allowedMatterActions(actorOf(ctx), matter, { assignments, extensions, today: loaders.today });
  }

  @FieldResolver(() => [CivicChannel], { description: "The channels you may assign the matter to (or move it to); [] when you assign none" })
  assignableChannels(@Root() matter: MatterRow, @Ctx() ctx: Context): CivicChannel[] {
    return assignableChannels(actorOf(ctx), matter);
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

  @FieldResolver(() => [Attachment], { description: "Photos the submitter sent with the matter, in their order" })
  attachments(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return civicLoaders(ctx).attachments.load(matter.id);
  }

  @FieldResolver(() => [MatterEvent], { description: "The timeline, oldest first; residents see only its public events" })
  timeline(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return civicLoaders(ctx).timeline.load(matter.id);
  }

  @FieldResolver(() => SupervisionLevel, {
    nullable: true,
    description: "The highest level among the supervisions not ENDED (OPEN or ANSWERED); null when none. Internal: not for residents",
  })
  @Allow(...internalReaders)
  supervisionLevel(@Root() matter: CivicMatter): SupervisionLevel | null {
    return matter.supervisionLevel;
  }

  @FieldResolver(() => [MatterAssignment], { description: "Every assignment, returned ones included, oldest first" })
  assignments(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return civicLoaders(ctx).assignments.load(matter.id);
  }

  @FieldResolver(() => MatterAssignment, {
    nullable: true,
    description:
      "Your own part: the assignment naming you (your department's, your village committee's, or you as lead official), " +
      "the open one if any, else the latest; null when the matter names you nowhere",
  })
  async myAssignment(@Root() matter: CivicMatter, @Ctx() ctx: Context) {
    return ownAssignment(actorOf(ctx), await civicLoaders(ctx).assignments.load(matter.id));
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
