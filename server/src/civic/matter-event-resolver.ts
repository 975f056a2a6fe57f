import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../request/context";
import { MatterEvent } from "./matter-types";
import { civicLoaders } from "./civic-loaders";

@Resolver(() => MatterEvent)
export class MatterEventResolver {
  @FieldResolver(() => String, { nullable: true, description: "Who did it (display name)" })
  async actorName(@Root() event: MatterEvent, @Ctx() ctx: Context): Promise<string | null> {
    if (event.actorId === null) return null;
    return (await civicLoaders(ctx).userName.load(event.actorId))?.displayName ?? null;
  }
}
