import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { villageReaders, villageRunners, villageStaff } from "../request/actor";
import { SortInput } from "../common/paging";
import { todayIn } from "../common/dates";
import { cost } from "../request/costs";
import { AwardBatch, AwardBatchAction, AwardBatchFilter, AwardBatchLine, AwardBatchPage, AwardObjection } from "./point-types";
import * as reads from "./batch-reads";
import * as publicity from "./publicity-service";
import { allowedBatchActions } from "./batch-actions";
import { pointsLoaders } from "./points-loaders";
import { Attachment } from "../files/attachment-types";

@Resolver(() => AwardBatch)
export class AwardBatchResolver {
  @Query(() => AwardBatchPage, { complexity: cost.list, description: "Residents see their village's batches: publicity is public" })
  @Allow(...villageReaders)
  awardBatches(
    @Ctx() ctx: Context,
    @Arg("filter", () => AwardBatchFilter, { nullable: true }) filter?: AwardBatchFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return reads.listAwardBatches(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => AwardBatch, { complexity: cost.byId })
  @Allow(...villageReaders)
  awardBatch(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return reads.getAwardBatch(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => AwardBatch, { description: "After publicity ends: writes the entries. Once only" })
  @Allow(...villageRunners)
  postAwardBatch(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return publicity.postAwardBatch(ctx.db, actorOf(ctx), ctx.timezone, id);
  }

  @Mutation(() => AwardBatch)
  @Allow(...villageRunners)
  withdrawAwardBatch(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string) {
    return publicity.withdrawAwardBatch(ctx.db, actorOf(ctx), id, reason);
  }

  @Mutation(() => AwardBatch, { description: "Takes one household off a batch on publicity" })
  @Allow(...villageRunners)
  removeAwardLine(@Ctx() ctx: Context, @Arg("lineId", () => ID) lineId: string, @Arg("reason", () => String) reason: string) {
    return publicity.removeAwardLine(ctx.db, actorOf(ctx), lineId, reason);
  }

  @Mutation(() => AwardObjection, { description: "A resident of the village objects to a line on publicity" })
  @Allow("RESIDENT")
  objectToAward(@Ctx() ctx: Context, @Arg("lineId", () => ID) lineId: string, @Arg("reason", () => String) reason: string) {
    return publicity.objectToAward(ctx.db, actorOf(ctx), lineId, reason);
  }

  @FieldResolver(() => [AwardBatchLine])
  async lines(@Root() batch: AwardBatch, @Ctx() ctx: Context) {
    const lines = await pointsLoaders(ctx).awardBatchLines.load(batch.id);
    // Each line carries its batch, for the line's own allowedActions.
    return lines.map((line) => ({ ...line, batch }));
  }

  @FieldResolver(() => [Attachment], { description: "Photos of the award as a whole; seen by whoever sees the batch (residents of the village: publicity is public)" })
  attachments(@Root() batch: AwardBatch, @Ctx() ctx: Context) {
    return pointsLoaders(ctx).batchAttachments.load(batch.id);
  }

  @FieldResolver(() => [AwardObjection], { description: "For the committee and staff; residents see counts only" })
  @Allow(...villageStaff)
  objections(@Root() batch: AwardBatch, @Ctx() ctx: Context) {
    return pointsLoaders(ctx).awardObjections.load(batch.id);
  }

  @FieldResolver(() => [AwardBatchAction], { description: "What the caller may do with the batch now" })
  async allowedActions(@Root() batch: AwardBatch, @Ctx() ctx: Context): Promise<AwardBatchAction[]> {
    const actor = actorOf(ctx);
    const lines = await pointsLoaders(ctx).awardBatchLines.load(batch.id);
    const state = { today: todayIn(ctx.timezone), includedLines: lines.filter((line) => line.state === "INCLUDED").length };
    return allowedBatchActions(actor, batch, state);
  }
}
