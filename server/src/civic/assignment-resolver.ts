import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { notFound } from "../errors";
import { Department, Village } from "../geo/geo-types";
import { geoLoaders } from "../geo/geo-loaders";
import { MatterAssignment } from "./matter-types";
import { civicLoaders } from "./civic-loaders";
import { allowedAssignmentActions, MatterAssignmentAction } from "./assignment-actions";
import type { AssignmentRow } from "./matter-store";
import { internalReaders } from "./civic-roles";

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

  @FieldResolver(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "When a co-unit (CO_UNIT) reported its part, which made it DONE; null for other roles and for a part not reported (PENDING: 未签收, ACCEPTED: 未报送)",
  })
  reportedAt(@Root() assignment: MatterAssignment): Date | null {
    return assignment.role === "CO_UNIT" && assignment.state === "DONE" ? assignment.updatedAt : null;
  }

  @FieldResolver(() => [MatterAssignmentAction], { description: "The steps you may take on this assignment now, by the rules its mutations check" })
  async allowedActions(@Root() assignment: AssignmentRow, @Ctx() ctx: Context): Promise<MatterAssignmentAction[]> {
    const loaders = civicLoaders(ctx);
    // The assignment came through its matter, which passed the scope check.
    const [matter, extensions] = await Promise.all([loaders.matter.load(assignment.matterId), loaders.extensions.load(assignment.matterId)]);
    if (!matter) throw notFound("CivicMatter", assignment.matterId);
    return allowedAssignmentActions(actorOf(ctx), matter, assignment, { extensions, today: loaders.today });
  }
}
