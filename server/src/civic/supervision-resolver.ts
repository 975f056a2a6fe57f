import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type Context, actorOf } from "../request/context";
import { notFound } from "../errors";
import { MatterSupervision } from "./matter-types";
import { civicLoaders } from "./civic-loaders";
import { allowedSupervisionActions, MatterSupervisionAction } from "./supervision-actions";
import type { SupervisionRow } from "./matter-store";

@Resolver(() => MatterSupervision)
export class MatterSupervisionResolver {
  @FieldResolver(() => String, { nullable: true, description: "Who answered (display name)" })
  async answeredByName(@Root() supervision: MatterSupervision, @Ctx() ctx: Context): Promise<string | null> {
    if (supervision.answeredBy === null) return null;
    return (await civicLoaders(ctx).userName.load(supervision.answeredBy))?.displayName ?? null;
  }

  @FieldResolver(() => [MatterSupervisionAction], { description: "The steps you may take on this supervision now, by the rule answerSupervision checks" })
  async allowedActions(@Root() supervision: SupervisionRow, @Ctx() ctx: Context): Promise<MatterSupervisionAction[]> {
    const loaders = civicLoaders(ctx);
    // The supervision came through its matter, which passed the scope check (and the internal-readers rule).
    const [matter, assignments] = await Promise.all([loaders.matter.load(supervision.matterId), loaders.assignments.load(supervision.matterId)]);
    if (!matter) throw notFound("CivicMatter", supervision.matterId);
    return allowedSupervisionActions(actorOf(ctx), matter, supervision, { assignments });
  }
}
