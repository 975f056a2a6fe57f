import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { villageReaders } from "../request/actor";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { SortInput } from "../common/paging";
import { Township, Village } from "../geo/geo-types";
import { geoLoaders } from "../geo/geo-loaders";
import { CreateServiceBrandInput, ServiceBrand, ServiceBrandFilter, ServiceBrandPage, UpdateServiceBrandInput } from "./volunteer-types";
import { teamKeepers } from "./volunteer-scope";
import { allowedOwnedActions, ownerOf, ServiceBrandAction } from "./team-brand-actions";
import * as brands from "./team-service";

@Resolver(() => ServiceBrand)
export class ServiceBrandResolver {
  @Query(() => ServiceBrandPage, { complexity: cost.list, description: "志愿服务品牌 you see: district roles all; others their township's and its villages'" })
  @Allow(...villageReaders)
  serviceBrands(
    @Ctx() ctx: Context,
    @Arg("filter", () => ServiceBrandFilter, { nullable: true }) filter?: ServiceBrandFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return brands.listBrands(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => ServiceBrand, { complexity: cost.byId })
  @Allow(...villageReaders)
  serviceBrand(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return brands.getBrand(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => ServiceBrand, {
    description: "District admin: any owner; township staff: its township or one of its villages; a village committee: its village",
  })
  @Allow(...teamKeepers)
  createServiceBrand(@Ctx() ctx: Context, @Arg("input", () => CreateServiceBrandInput) input: CreateServiceBrandInput) {
    return brands.createBrand(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => ServiceBrand)
  @Allow(...teamKeepers)
  updateServiceBrand(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateServiceBrandInput) input: UpdateServiceBrandInput,
  ) {
    return brands.updateBrand(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => Township, { nullable: true })
  township(@Root() brand: ServiceBrand, @Ctx() ctx: Context) {
    return brand.townshipId === null ? null : geoLoaders(ctx).township.load(brand.townshipId);
  }

  @FieldResolver(() => Village, { nullable: true })
  village(@Root() brand: ServiceBrand, @Ctx() ctx: Context) {
    return brand.villageId === null ? null : geoLoaders(ctx).village.load(brand.villageId);
  }

  @FieldResolver(() => [ServiceBrandAction], { description: "UPDATE when the caller keeps this owner's brands (the check updating does)" })
  async allowedActions(@Root() brand: ServiceBrand, @Ctx() ctx: Context) {
    const owner = await ownerOf(brand, async (villageId) => (await geoLoaders(ctx).village.load(villageId))?.townshipId);
    return allowedOwnedActions(actorOf(ctx), owner, "brand");
  }
}
