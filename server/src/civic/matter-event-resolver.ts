import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../request/context";
import { Attachment } from "../files/attachment-types";
import { MatterEvent } from "./matter-types";
import { civicLoaders } from "./civic-loaders";

@Resolver(() => MatterEvent)
export class MatterEventResolver {
  @FieldResolver(() => String, { nullable: true, description: "Who did it (display name)" })
  async actorName(@Root() event: MatterEvent, @Ctx() ctx: Context): Promise<string | null> {
    if (event.actorId === null) return null;
    return (await civicLoaders(ctx).userName.load(event.actorId))?.displayName ?? null;
  }

  @FieldResolver(() => [Attachment], {
    description:
      "Photos of this step (progress, resolution, a co-unit's report, a follow-up), in their order; " +
      "an internal event's are never given to residents. The submission's photos are CivicMatter.attachments",
  })
  attachments(@Root() event: MatterEvent, @Ctx() ctx: Context) {
    return civicLoaders(ctx).eventAttachments.load(event.id);
  }
}
