import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { GraphQLLocalDate } from "../common/local-date";
import { CalendarDayKind, CivicChannel } from "./civic-enums";
import { PageOf } from "../common/page-type";

// The district calendar's exceptions and the matter categories (事项类别).

@ObjectType({ description: "An exception of the district calendar: a holiday on a weekday or a working weekend day (调休)" })
export class CalendarDay {
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => CalendarDayKind) kind!: CalendarDayKind;
  @Field(() => String) name!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType({ description: "事项类别" })
export class CivicCategory {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CivicChannel) defaultChannel!: CivicChannel;
  @Field(() => Int, { description: "Working days an assignee has, from the day of assignment" }) deadlineDays!: number;
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class CivicCategoryPage extends PageOf(CivicCategory) {}

@InputType()
export class CivicCategoryFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the code or name" }) q?: string | null;
}

@InputType()
export class CreateCivicCategoryInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CivicChannel) defaultChannel!: CivicChannel;
  @Field(() => Int, { description: "1 to 365 working days" }) deadlineDays!: number;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) active?: boolean | null;
}

@InputType({ description: "Fields left out keep their value" })
export class UpdateCivicCategoryInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => CivicChannel, { nullable: true }) defaultChannel?: CivicChannel | null;
  @Field(() => Int, { nullable: true }) deadlineDays?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}
