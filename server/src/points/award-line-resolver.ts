import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type Context, actorOf } from "../request/context";
import { AwardBatch, AwardBatchLine, AwardBatchLineAction } from "./point-types";
import { allowedLineActions } from "./batch-actions";
import { pointsLoaders } from "./points-loaders";
import { Attachment } from "../files/attachment-types";

/** A line as AwardBatch.lines returns it: with its batch. */
type LineWithBatch = AwardBatchLine & { batch: AwardBatch };

@Resolver(() => AwardBatchLine)
export class AwardBatchLineResolver {
  @FieldResolver(() => [Attachment], { description: "Photos of this household's deed" })
  attachments(@Root() line: LineWithBatch, @Ctx() ctx: Context) {
    return pointsLoaders(ctx).lineAttachments.load(line.id);
  }

  @FieldResolver(() => [AwardBatchLineAction], { description: "What the caller may do with the line now" })
  async allowedActions(@Root() line: LineWithBatch, @Ctx() ctx: Context): Promise<AwardBatchLineAction[]> {
    const actor = actorOf(ctx);
    const objected = await pointsLoaders(ctx).objectedByCaller.load(line.id);
    return allowedLineActions(actor, line.batch, line, { objected });
  }
}
