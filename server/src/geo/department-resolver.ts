import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { SortInput } from "../common/paging";
import { CreateDepartmentInput, Department, DepartmentFilter, DepartmentPage, Township, UpdateDepartmentInput } from "./geo-types";
import * as departmentService from "./department-service";
import { geoLoaders } from "./geo-loaders";

// Geography is public to every logged-in user (it names places, not people);
// only the district admin changes it.

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentPage, { complexity: cost.list })
  @LoggedIn()
  departments(
    @Ctx() ctx: Context,
    @Arg("filter", () => DepartmentFilter, { nullable: true }) filter?: DepartmentFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return departmentService.listDepartments(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => Department, { complexity: cost.byId })
  @LoggedIn()
  department(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return departmentService.getDepartment(ctx.db, id);
  }

  @Mutation(() => Department)
  @Allow("DISTRICT_ADMIN")
  createDepartment(@Ctx() ctx: Context, @Arg("input", () => CreateDepartmentInput) input: CreateDepartmentInput) {
    return departmentService.createDepartment(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => Department)
  @Allow("DISTRICT_ADMIN")
  updateDepartment(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateDepartmentInput) input: UpdateDepartmentInput,
  ) {
    return departmentService.updateDepartment(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => Township, { nullable: true })
  async township(@Root() department: Department, @Ctx() ctx: Context) {
    return department.townshipId === null ? null : geoLoaders(ctx).township.load(department.townshipId);
  }
}
