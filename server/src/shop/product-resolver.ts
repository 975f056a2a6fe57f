import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Attachment } from "../files/attachment-types";
import { shopLoaders } from "./shop-loaders";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import { CreateProductInput, Product, ProductFilter, ProductPage, StockMovementPage, UpdateProductInput } from "./shop-types";
import * as productService from "./product-service";
import { cost } from "../request/costs";
import { villageReaders, villageRunners, villageStaff } from "../request/actor";

// Readers see the shops within their scope (shop-scope.ts); runners run their village's; staff read stock history.

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductPage, { complexity: cost.list, description: "Products of the shops you see; residents see their village's active catalogue" })
  @Allow(...villageReaders)
  products(
    @Ctx() ctx: Context,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter?: ProductFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return productService.listProducts(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => Product, { complexity: cost.byId })
  @Allow(...villageReaders)
  product(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return productService.getProduct(ctx.db, actorOf(ctx), id);
  }

  @Query(() => StockMovementPage, { complexity: cost.list, description: "A product's restocking and corrections, newest first" })
  @Allow(...villageStaff)
  stockMovements(
    @Ctx() ctx: Context,
    @Arg("productId", () => ID) productId: string,
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return productService.listStockMovements(ctx.db, actorOf(ctx), productId, page, perPage);
  }

  @Mutation(() => Product, { description: "Puts a product on a village shop's shelf; initial stock is recorded as a stock movement" })
  @Allow(...villageRunners)
  createProduct(@Ctx() ctx: Context, @Arg("input", () => CreateProductInput) input: CreateProductInput) {
    return productService.createProduct(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => Product, { description: "Name, unit, price, active; stock changes only by restockProduct" })
  @Allow(...villageRunners)
  updateProduct(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateProductInput) input: UpdateProductInput,
  ) {
    return productService.updateProduct(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => [Attachment], { description: "Its photo (none or one); residents see it in their shop's catalogue" })
  attachments(@Root() product: Product, @Ctx() ctx: Context) {
    return shopLoaders(ctx).productPhoto.load(product.id);
  }

  @Mutation(() => Product, {
    description: "Adds stock, or with a negative quantity corrects it (never below 0); recorded with who, when and why",
  })
  @Allow(...villageRunners)
  restockProduct(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("quantity", () => Int) quantity: number,
    @Arg("reason", () => String) reason: string,
  ) {
    return productService.restockProduct(ctx.db, actorOf(ctx), id, quantity, reason);
  }
}
