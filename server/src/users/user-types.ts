import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { roles, type Role as RoleName } from "../request/actor";
import { enumOf } from "../common/enums";
import { PageOf } from "../common/page-type";
import { Village } from "../geo/geo-types";

export const Role = enumOf(roles);
registerEnumType(Role, { name: "Role", description: "What a user does, and which one scope id it needs" });

@ObjectType()
export class User {
  @Field(() => ID) id!: number;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: RoleName;
  @Field(() => ID, { nullable: true, description: "Set for TOWNSHIP_STAFF" }) townshipId!: number | null;
  @Field(() => ID, { nullable: true, description: "Set for VILLAGE_COMMITTEE" }) villageId!: number | null;
  @Field(() => ID, { nullable: true, description: "Set for DEPARTMENT_STAFF" }) departmentId!: number | null;
  @Field(() => ID, { nullable: true, description: "Set for RESIDENT" }) householdId!: number | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Boolean, { description: "Set by an admin's password reset: until the user chooses a new password, only `me` and `changePassword` are served" })
  mustChangePassword!: boolean;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) lastLoginAt!: Date | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class UserPage extends PageOf(User) {}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>`" }) token!: string;
  @Field(() => GraphQLDateTimeISO) expiresAt!: Date;
  @Field(() => User) user!: User;
}

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Role, { nullable: true }) role?: RoleName | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the username or display name" }) q?: string | null;
}

@InputType({ description: "A user with the one scope id its role needs" })
export class CreateUserInput {
  @Field(() => String, { description: "3 to 32 of a-z, 0-9, dot, dash, underscore" }) username!: string;
  @Field(() => String, { description: "At least 8 characters" }) password!: string;
  @Field(() => String, { nullable: true, description: "Defaults to the username" }) displayName?: string | null;
  @Field(() => Role) role!: RoleName;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
}

@InputType({
  description:
    "Fields left out keep their value. A new role drops scope ids it does not need. A new password, a new role or deactivation ends the user's sessions.",
})
export class UpdateUserInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => Role, { nullable: true }) role?: RoleName | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: "Sets a new password (a reset by the admin): for another user it is temporary, to be changed at their next login" }) password?: string | null;
}

@ObjectType({ description: "A temporary password, shown once: only its hash is stored" })
export class PasswordReset {
  @Field(() => User) user!: User;
  @Field(() => String, { description: "Hand it to the user; they must choose a new password at the next login" }) temporaryPassword!: string;
}

export const CommitteeAccountOutcome = enumOf(["CREATED", "HAS_COMMITTEE", "USERNAME_TAKEN"] as const);
registerEnumType(CommitteeAccountOutcome, {
  name: "CommitteeAccountOutcome",
  description: "CREATED, or why no account was made: the village has a committee account already (active or not), or another user has its username",
});

@ObjectType({ description: "One village's outcome in createVillageCommitteeAccounts" })
export class VillageCommitteeAccount {
  @Field(() => Village) village!: Village;
  @Field(() => CommitteeAccountOutcome) outcome!: "CREATED" | "HAS_COMMITTEE" | "USERNAME_TAKEN";
  @Field(() => String, { description: '"vc-" and the village code in lower case' }) username!: string;
  @Field(() => User, { nullable: true, description: "The new account, when CREATED" }) user!: User | null;
  @Field(() => String, { nullable: true, description: "Shown once, when CREATED" }) temporaryPassword!: string | null;
}
