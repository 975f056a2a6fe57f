import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType({
  description:
    "One row of a household file, its cells as text as they stand in the file; the server parses and checks them like createHousehold",
})
export class HouseholdImportRow {
  @Field(() => Int, { nullable: true, description: "The row's number in the file (heading row = 1); defaults to its position in `rows`" })
  row?: number | null;
  @Field(() => String, { nullable: true, description: "户号" }) number?: string | null;
  @Field(() => String, { nullable: true, description: "户主姓名" }) headName?: string | null;
  @Field(() => String, { nullable: true, description: "人口: a whole number 1–99" }) memberCount?: string | null;
  @Field(() => String, { nullable: true, description: "电话" }) phone?: string | null;
  @Field(() => String, { nullable: true, description: "地址" }) address?: string | null;
  @Field(() => String, { nullable: true, description: "类别: GENERAL, LIFTED or MONITORED (any case); blank is GENERAL" })
  category?: string | null;
}

@InputType()
export class ImportHouseholdsInput {
  @Field(() => ID) villageId!: string;
  @Field(() => [HouseholdImportRow]) rows!: HouseholdImportRow[];
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Check every row and write nothing" })
  dryRun?: boolean | null;
}

@ObjectType({ description: "What is wrong with one cell of an imported row" })
export class HouseholdImportError {
  @Field(() => String, { description: "number, headName, memberCount, phone, address or category" }) field!: string;
  @Field(() => String, { description: "REQUIRED, INVALID, TOO_LONG, OUT_OF_RANGE, INVALID_PHONE, DUPLICATE (an existing household), DUPLICATE_IN_FILE" })
  code!: string;
  @Field(() => String, { description: "The same in English words, for scripts and logs; the console translates the code" })
  message!: string;
  @Field(() => Int, { nullable: true, description: "For DUPLICATE_IN_FILE: the earlier row with the same number" })
  duplicateOfRow?: number | null;
}

@ObjectType()
export class HouseholdImportRowResult {
  @Field(() => Int) row!: number;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => [HouseholdImportError]) errors!: HouseholdImportError[];
  @Field(() => ID, { nullable: true, description: "The household created (null on a dry run or when nothing was written)" })
  householdId?: number | null;
}

@ObjectType({ description: "All or nothing: `imported` is 0 unless every row is OK and it was not a dry run" })
export class HouseholdImportResult {
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Boolean, { description: "Every row passed" }) ok!: boolean;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: "Rows with at least one error" }) failed!: number;
  @Field(() => Int, { description: "Households written" }) imported!: number;
  @Field(() => [HouseholdImportRowResult]) rows!: HouseholdImportRowResult[];
}
