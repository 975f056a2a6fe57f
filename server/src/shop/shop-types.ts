import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { GraphQLLocalDate } from "../common/local-date";
import { exchangeEventStatusEnum, redemptionStatusEnum } from "@cunwu/schema";
import { exchangeEventActions } from "./event-actions";
import { redemptionActions } from "./redemption-actions";
import { enumOf } from "../common/enums";
import { PageOf } from "../common/page-type";


export type ExchangeEventStatus = (typeof exchangeEventStatusEnum.enumValues)[number];
export const ExchangeEventStatus = enumOf(exchangeEventStatusEnum.enumValues);
registerEnumType(ExchangeEventStatus, { name: "ExchangeEventStatus", description: "OPEN: redemptions may name it; CLOSED: over" });

export type RedemptionStatus = (typeof redemptionStatusEnum.enumValues)[number];
export const RedemptionStatus = enumOf(redemptionStatusEnum.enumValues);
registerEnumType(RedemptionStatus, {
  name: "RedemptionStatus",
  description: "COMPLETED: points spent and goods handed out; CANCELLED: refunded and restocked, kept on record",
});

// What a caller may do with a record, in its `allowedActions`; the checks are in *-actions.ts.
export type ExchangeEventAction = (typeof exchangeEventActions)[number];
export const ExchangeEventAction = enumOf(exchangeEventActions);
registerEnumType(ExchangeEventAction, {
  name: "ExchangeEventAction",
  valuesConfig: {
    CLOSE: { description: "closeExchangeEvent (an open event)" },
    REOPEN: { description: "reopenExchangeEvent (a closed event)" },
    SELL: { description: "redeem under this event now (an open event, from its day on)" },
  } satisfies Record<ExchangeEventAction, { description: string }>,
});
export type RedemptionAction = (typeof redemptionActions)[number];
export const RedemptionAction = enumOf(redemptionActions);
registerEnumType(RedemptionAction, {
  name: "RedemptionAction",
  valuesConfig: { CANCEL: { description: "cancelRedemption (a completed redemption)" } } satisfies Record<RedemptionAction, { description: string }>,
});

@ObjectType({ description: "商品: a product on one village shop's shelf, priced in points" })
export class Product {
  @Field(() => ID) id!: number;
  @Field(() => ID) villageId!: number;
  @Field(() => String, { description: "Unique in its village's shop" }) name!: string;
  @Field(() => String, { description: "The unit it is handed out in (袋, 瓶, 桶 …)" }) unit!: string;
  @Field(() => Int, { description: "Points for one unit" }) price!: number;
  @Field(() => Int, { description: "Units on the shelf; changed only by restocking, redemptions and cancellations" }) stock!: number;
  @Field(() => Boolean, { description: "Inactive products are off the catalogue and cannot be redeemed" }) active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class ProductPage extends PageOf(Product) {}

@ObjectType({ description: "One restocking or correction of a product's stock, with who and when" })
export class StockMovement {
  @Field(() => ID) id!: number;
  @Field(() => ID) productId!: number;
  @Field(() => Int, { description: "Signed change of the stock" }) delta!: number;
  @Field(() => String) reason!: string;
  @Field(() => ID, { description: "The user who recorded it" }) recordedBy!: number;
  @Field(() => GraphQLDateTimeISO) recordedAt!: Date;
}

@ObjectType()
export class StockMovementPage extends PageOf(StockMovement) {}

@ObjectType({ description: "兑换活动: an exchange event held in a village's shop" })
export class ExchangeEvent {
  @Field(() => ID) id!: number;
  @Field(() => ID) villageId!: number;
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => String) title!: string;
  @Field(() => ExchangeEventStatus) status!: ExchangeEventStatus;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType()
export class ExchangeEventPage extends PageOf(ExchangeEvent) {}

@ObjectType({ description: "One product on a redemption, at the price it had then" })
export class RedemptionLine {
  @Field(() => ID) productId!: number;
  @Field(() => String, { description: "The product's name" }) productName!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: "Points per unit, frozen at the time of the redemption" }) unitPrice!: number;
  @Field(() => Int, { description: "quantity × unitPrice" }) amount!: number;
}

@ObjectType({ description: "兑换单: goods a household took for its points" })
export class Redemption {
  @Field(() => ID) id!: number;
  @Field(() => ID) householdId!: number;
  @Field(() => ID) villageId!: number;
  @Field(() => ID, { nullable: true, description: "The exchange event it was made at, if any" }) eventId!: number | null;
  @Field(() => Int, { description: "Points spent: the sum of the lines' amounts" }) total!: number;
  @Field(() => RedemptionStatus) status!: RedemptionStatus;
  @Field(() => ID, { description: "The user who recorded it" }) recordedBy!: number;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  // lines, entries, household, villageName, eventTitle, recorderName: field resolvers (batched by loaders).
}

@ObjectType()
export class RedemptionPage extends PageOf(Redemption) {}

@InputType()
export class ProductFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the product's name" }) q?: string | null;
}

@InputType()
export class CreateProductInput {
  @Field(() => ID, { description: "The village whose shop sells it" }) villageId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) unit!: string;
  @Field(() => Int, { description: "Points per unit, 1 or more" }) price!: number;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: "Initial stock, recorded as a stock movement when above 0" })
  stock?: number | null;
  @Field(() => [ID], { nullable: true, description: "At most one photo" }) attachmentIds?: string[] | null;
}

@InputType({ description: "Fields left out keep their value; stock changes only by restockProduct" })
export class UpdateProductInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => Int, { nullable: true }) price?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => [ID], {
    nullable: true,
    description: "At most one photo; a new one replaces the shown photo (the old one stays in the product's history). Left out keeps it.",
  })
  attachmentIds?: string[] | null;
}

@InputType()
export class ExchangeEventFilter {
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ExchangeEventStatus, { nullable: true }) status?: ExchangeEventStatus | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Event date from (inclusive)" }) from?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Event date to (inclusive)" }) to?: string | null;
}

@InputType()
export class CreateExchangeEventInput {
  @Field(() => ID) villageId!: string;
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => String) title!: string;
}

@InputType()
export class RedemptionFilter {
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => ID, { nullable: true }) eventId?: string | null;
  @Field(() => RedemptionStatus, { nullable: true }) status?: RedemptionStatus | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Made on or after this day (district time)" }) from?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Made on or before this day (district time)" }) to?: string | null;
}

@InputType()
export class RedeemLineInput {
  @Field(() => ID) productId!: string;
  @Field(() => Int, { description: "1 to 999" }) quantity!: number;
}

@InputType()
export class RedeemInput {
  @Field(() => ID, { description: "An active household of a village with a shop" }) householdId!: string;
  @Field(() => [RedeemLineInput], { description: "One line per product, each product once" }) lines!: RedeemLineInput[];
  @Field(() => ID, { nullable: true, description: "An open exchange event of the household's village" }) eventId?: string | null;
  @Field(() => String, { description: "A fresh key (e.g. a UUID) per redemption; a retry with the same key returns the first result" })
  idempotencyKey!: string;
}
