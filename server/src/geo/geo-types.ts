import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { departmentKindEnum } from "@cunwu/schema";
import { enumOf } from "../common/enums";
import { PageOf } from "../common/page-type";

export type DepartmentKind = (typeof departmentKindEnum.enumValues)[number];
export const DepartmentKind = enumOf(departmentKindEnum.enumValues);
registerEnumType(DepartmentKind, { name: "DepartmentKind", description: "District department, township unit or supervision office" });

@ObjectType({ description: "乡镇" })
export class Township {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType({ description: "行政村" })
export class Village {
  @Field(() => ID) id!: number;
  @Field(() => ID) townshipId!: number;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: "The village runs a points supermarket" }) hasShop!: boolean;
  @Field(() => Int, { description: "Days an award stays on publicity before it posts; 0 posts at once" })
  publicityDays!: number;
  @Field(() => Int, { description: "红黑榜: how many ranks the red and the black list each name (1 to 50)" })
  rankingSize!: number;
  @Field(() => Boolean, { description: "Residents are told of each award and redemption recorded for their household" })
  notifyPoints!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType({ description: "区直部门 / 乡镇单位 / 督查室" })
export class Department {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => DepartmentKind) kind!: DepartmentKind;
  @Field(() => ID, { nullable: true }) townshipId!: number | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class TownshipPage extends PageOf(Township) {}

@ObjectType()
export class VillagePage extends PageOf(Village) {}

@ObjectType()
export class DepartmentPage extends PageOf(Department) {}

@InputType()
export class TownshipFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => String, { nullable: true, description: "Text in the code or name" }) q?: string | null;
}

@InputType()
export class CreateTownshipInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@InputType()
export class UpdateTownshipInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType()
export class VillageFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => Boolean, { nullable: true }) hasShop?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the code or name" }) q?: string | null;
}

@InputType()
export class CreateVillageInput {
  @Field(() => ID) townshipId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) hasShop?: boolean | null;
  @Field(() => Int, { nullable: true, defaultValue: 0 }) publicityDays?: number | null;
  @Field(() => Int, { nullable: true, defaultValue: 10, description: "1 to 50" }) rankingSize?: number | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) notifyPoints?: boolean | null;
}

@InputType({ description: "Fields left out keep their value" })
export class UpdateVillageInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Boolean, { nullable: true }) hasShop?: boolean | null;
  @Field(() => Int, { nullable: true }) publicityDays?: number | null;
  @Field(() => Int, { nullable: true, description: "1 to 50" }) rankingSize?: number | null;
  @Field(() => Boolean, { nullable: true }) notifyPoints?: boolean | null;
}

@InputType()
export class DepartmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => DepartmentKind, { nullable: true }) kind?: DepartmentKind | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the code or name" }) q?: string | null;
}

@InputType()
export class CreateDepartmentInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => DepartmentKind) kind!: DepartmentKind;
  @Field(() => ID, { nullable: true, description: "Required for a TOWNSHIP unit, refused otherwise" })
  townshipId?: string | null;
}

@InputType({ description: "Fields left out keep their value; townshipId null clears it" })
export class UpdateDepartmentInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => DepartmentKind, { nullable: true }) kind?: DepartmentKind | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}
