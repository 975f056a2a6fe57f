import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";

@InputType()
export class IssueResidentActivationsInput {
  @Field(() => ID) villageId!: string;
  @Field(() => [ID], { nullable: true, description: "Omitted: every active household of the village that has no active resident account." })
  householdIds?: string[] | null;
}

@ObjectType({ description: "A single-use code for one household, shown once (only its hash is kept)." })
export class ResidentActivation {
  @Field(() => ID) householdId!: number;
  @Field(() => String) householdNumber!: string;
  @Field(() => String) headName!: string;
  @Field(() => String) villageName!: string;
  @Field(() => String, { description: 'Twelve characters in groups of four, e.g. "K7PM-3XQA-H9TW"' }) code!: string;
  @Field(() => GraphQLDateTimeISO) expiresAt!: Date;
}

@InputType()
export class ActivateResidentInput {
  @Field(() => String, { description: "As printed; case, dashes and spaces do not matter" }) code!: string;
  @Field(() => String, { description: "The same rules as changePassword's new password" }) password!: string;
  @Field(() => String, { nullable: true, description: "A mobile number: it becomes the username, and the number for logging in by text-message code" })
  phone?: string | null;
}

@ObjectType({ description: "A resident's login on a household (family members each have one)." })
export class ResidentAccount {
  @Field(() => ID) id!: number;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true, description: "Masked (138****5678) unless you are the household, its village committee or the district admin" })
  phone!: string | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) lastLoginAt!: Date | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  /** Not a field: the phone's masking needs it. */
  householdId!: number;
}
