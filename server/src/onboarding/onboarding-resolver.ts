import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Allow, Public } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { villageStaff } from "../request/actor";
import { AuthPayload } from "../users/user-types";
import { Household } from "../households/household-types";
import { ActivateResidentInput, IssueResidentActivationsInput, ResidentAccount, ResidentActivation } from "./onboarding-types";
import { issueResidentActivations } from "./issue-service";
import { activateResident } from "./activate-service";
import { loginWithCode, requestLoginCode } from "./login-code-service";
import { accountView, setResidentAccountActive } from "./resident-account-service";
import { onboardingLoaders } from "./onboarding-loaders";

// Opening residents' accounts (activation slips) and logging in by text-message code.

@Resolver(() => Household)
export class OnboardingResolver {
  @Mutation(() => [ResidentActivation], { description: "Committee (own village), township staff (their township), district staff/admin (any)." })
  @Allow(...villageStaff)
  issueResidentActivations(@Ctx() ctx: Context, @Arg("input", () => IssueResidentActivationsInput) input: IssueResidentActivationsInput) {
    return issueResidentActivations(ctx.db, ctx.codes, actorOf(ctx), input);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Public. Creates the household\'s RESIDENT user (username: the phone when given, else village code + household number in lower case, e.g. "pc01-001"; if taken, a suffix "-2", "-3"…) and logs in.',
  })
  @Public()
  activateResident(@Ctx() ctx: Context, @Arg("input", () => ActivateResidentInput) input: ActivateResidentInput) {
    return activateResident(ctx.db, ctx.tokens, ctx.codes, ctx.loginLimits, { ...input, address: ctx.address });
  }

  @Mutation(() => Boolean, { description: "Public; always true. Sends a 6-digit code by SMS to a phone bound to an active resident." })
  @Public()
  requestLoginCode(@Ctx() ctx: Context, @Arg("phone", () => String) phone: string) {
    return requestLoginCode(ctx.db, ctx.codes, ctx.outbox, phone);
  }

  @Mutation(() => AuthPayload, { description: "Public. 5 tries per code, 10-minute expiry." })
  @Public()
  loginWithCode(@Ctx() ctx: Context, @Arg("phone", () => String) phone: string, @Arg("code", () => String) code: string) {
    return loginWithCode(ctx.db, ctx.tokens, ctx.codes, ctx.loginLimits, { phone, code, address: ctx.address });
  }

  @Mutation(() => ResidentAccount, { description: "Committee / staff in scope: disable or re-enable one family member's login (sessions end when disabled)." })
  @Allow(...villageStaff)
  setResidentAccountActive(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("active", () => Boolean) active: boolean) {
    return setResidentAccountActive(ctx.db, actorOf(ctx), id, active);
  }

  @FieldResolver(() => [ResidentAccount], { description: "The household's resident logins (staff in scope; a resident sees their own household's)." })
  async residentAccounts(@Root() household: Household, @Ctx() ctx: Context): Promise<ResidentAccount[]> {
    const users = await onboardingLoaders(ctx).residentAccounts.load(household.id);
    return users.map((user) => accountView(actorOf(ctx), household, user));
  }

  @FieldResolver(() => GraphQLDateTimeISO, { nullable: true, description: "When the household's unused activation code expires; null when none is outstanding." })
  activationExpiresAt(@Root() household: Household, @Ctx() ctx: Context): Promise<Date | null> {
    return onboardingLoaders(ctx).activationExpiresAt.load(household.id);
  }
}
