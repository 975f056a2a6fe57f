import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { Notification, NotificationPage } from "./notification-types";
import * as notificationService from "./notification-service";

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationPage, { complexity: cost.list, description: "The logged-in user's notifications, newest first" })
  @LoggedIn()
  notifications(
    @Ctx() ctx: Context,
    @Arg("unreadOnly", () => Boolean, { nullable: true }) unreadOnly?: boolean,
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return notificationService.listNotifications(ctx.db, actorOf(ctx), unreadOnly, page, perPage);
  }

  @Query(() => Int, { complexity: cost.byId, description: "How many of the logged-in user's notifications are unread" })
  @LoggedIn()
  unreadNotificationCount(@Ctx() ctx: Context) {
    return notificationService.unreadNotificationCount(ctx.db, actorOf(ctx));
  }

  @Mutation(() => Int, { description: "Marks the logged-in user's notifications read (these ids, or all without ids); returns how many became read" })
  @LoggedIn()
  markNotificationsRead(@Ctx() ctx: Context, @Arg("ids", () => [ID], { nullable: true }) ids?: string[]) {
    return notificationService.markNotificationsRead(ctx.db, actorOf(ctx), ids);
  }
}
