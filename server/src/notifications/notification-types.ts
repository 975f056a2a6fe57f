import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { notificationKindEnum } from "@cunwu/schema";
import { enumOf } from "../common/enums";
import { PageOf } from "../common/page-type";
import type { NotificationKind as Kind } from "./notify";

export const NotificationKind = enumOf(notificationKindEnum.enumValues);
registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "What a notification is about",
  valuesConfig: {
    ASSIGNMENT_ARRIVED: { description: "An assignment arrived for the unit" },
    SUPERVISED: { description: "督办 of a matter the unit handles" },
    ASSIGNMENT_DUE_SOON: { description: "An open assignment is due within 2 working days (the unit and the assigner)" },
    ASSIGNMENT_OVERDUE: { description: "An open assignment is past its due date (the unit and the assigner)" },
    ASSIGNMENT_RETURNED: { description: "An assignment was handed back (the assigner)" },
    EXTENSION_DECIDED: { description: "An extension was approved or refused (the unit that asked)" },
    MATTER_RESOLVED: { description: "The household's matter was resolved: please rate (its residents, and a text message)" },
    FOLLOW_UP_DUE: { description: "A resolved matter waits for its follow-up visit (township staff)" },
    AWARD_OBJECTION: { description: "A resident objected to an award on publicity (the committee)" },
    PUBLICITY_ENDS: { description: "An award's publicity ends tomorrow (the committee)" },
    POINTS_RECORDED: { description: "An award or a redemption recorded for the household (its residents, where the village turned it on)" },
    LOGIN_CODE: { description: "A login code by text message: in the outbox only, never a notification" },
  } satisfies Record<Kind, { description: string }>,
});

@ObjectType({ description: "A notification to the logged-in user; nobody else ever sees it" })
export class Notification {
  @Field(() => ID) id!: number;
  @Field(() => NotificationKind) kind!: Kind;
  @Field(() => String, { description: "Written by the server in Chinese" }) title!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { nullable: true, description: "A console route that opens the record, e.g. /civicMatters/12/show" })
  link!: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) readAt!: Date | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType()
export class NotificationPage extends PageOf(Notification) {}
