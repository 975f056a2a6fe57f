import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { guard } from "../auth/rules";
import { DepartmentResolver, TownshipResolver, VillageResolver } from "../geo/geo-resolvers";
import { HouseholdResolver } from "../households/household-resolver";
import { UserResolver } from "../users/user-resolver";
import { ExchangeEventResolver, ProductResolver, RedemptionResolver } from "../shop/shop-resolvers";
import { AwardBatchResolver, HouseholdLedgerResolver, PointEntryResolver, PointRuleResolver } from "../points/points-resolver";

export const resolvers = [
  TownshipResolver,
  VillageResolver,
  DepartmentResolver,
  HouseholdResolver,
  UserResolver,
  PointRuleResolver,
  PointEntryResolver,
  AwardBatchResolver,
  HouseholdLedgerResolver,
  ProductResolver,
  ExchangeEventResolver,
  RedemptionResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the resolvers. */
export function buildCunwuSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    globalMiddlewares: [guard],
    // Services validate input themselves and name the offending fields.
    validate: false,
  });
  return built;
}
