import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { householdCategoryEnum, householdStatusEnum } from "@cunwu/schema";
import { householdActions } from "./household-actions";
import { enumOf } from "../common/enums";
import { PageOf } from "../common/page-type";

export type HouseholdCategory = (typeof householdCategoryEnum.enumValues)[number];
export const HouseholdCategory = enumOf(householdCategoryEnum.enumValues);
registerEnumType(HouseholdCategory, {
  name: "HouseholdCategory",
  description: "GENERAL 一般户, LIFTED 脱贫户 (lifted out of poverty), MONITORED 监测户",
});

export type HouseholdStatus = (typeof householdStatusEnum.enumValues)[number];
export const HouseholdStatus = enumOf(householdStatusEnum.enumValues);
registerEnumType(HouseholdStatus, { name: "HouseholdStatus" });

/** What a caller may do with a household, in its `allowedActions`; the checks are in household-actions.ts. */
export type HouseholdAction = (typeof householdActions)[number];
export const HouseholdAction = enumOf(householdActions);
registerEnumType(HouseholdAction, {
  name: "HouseholdAction",
  valuesConfig: {
    UPDATE: { description: "updateHousehold" },
    ARCHIVE: { description: "archiveHousehold (not yet archived)" },
    AWARD: { description: "awardPoints naming it (an active household); with publicity the award waits as a batch" },
    DEDUCT: { description: "deductPoints (an active household; never below zero)" },
    REDEEM: { description: "redeem (an active household of a village with a shop; never below zero)" },
  } satisfies Record<HouseholdAction, { description: string }>,
});

@ObjectType({ description: "农户" })
export class Household {
  @Field(() => ID) id!: number;
  @Field(() => ID) villageId!: number;
  @Field(() => String, { description: "户号, unique in its village" }) number!: string;
  @Field(() => String) headName!: string;
  @Field(() => Int) memberCount!: number;
  // phone: a field resolver masks it by who asks.
  phone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => HouseholdCategory) category!: HouseholdCategory;
  @Field(() => HouseholdStatus) status!: HouseholdStatus;
  @Field(() => Int, { description: "Points balance, the sum of the household's ledger entries" }) balance!: number;
  @Field(() => Boolean, { description: "The household gets no text messages (notifications in the console still come)" }) smsOptOut!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class HouseholdPage extends PageOf(Household) {}

@InputType()
export class HouseholdFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => HouseholdCategory, { nullable: true }) category?: HouseholdCategory | null;
  @Field(() => HouseholdStatus, { nullable: true, description: "Without a status (or ids), archived households are left out" })
  status?: HouseholdStatus | null;
  @Field(() => String, { nullable: true, description: "Text in the head's name, the household number or the phone" })
  q?: string | null;
}

@InputType()
export class CreateHouseholdInput {
  @Field(() => ID) villageId!: string;
  @Field(() => String) number!: string;
  @Field(() => String) headName!: string;
  @Field(() => Int) memberCount!: number;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => HouseholdCategory, { nullable: true, defaultValue: "GENERAL" }) category?: HouseholdCategory | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) smsOptOut?: boolean | null;
}

@InputType({ description: "Fields left out keep their value; phone and address null clear them" })
export class UpdateHouseholdInput {
  @Field(() => String, { nullable: true }) number?: string | null;
  @Field(() => String, { nullable: true }) headName?: string | null;
  @Field(() => Int, { nullable: true }) memberCount?: number | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => HouseholdCategory, { nullable: true }) category?: HouseholdCategory | null;
  @Field(() => HouseholdStatus, { nullable: true }) status?: HouseholdStatus | null;
  @Field(() => Boolean, { nullable: true, description: "No text messages to the household" }) smsOptOut?: boolean | null;
}
