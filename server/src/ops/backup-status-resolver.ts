import { Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Allow } from "../auth/rules";
import type { Context } from "../request/context";

@ObjectType({ description: "One backup file in the server's backup folder" })
export class BackupFile {
  @Field(() => String, { description: "File name, e.g. cunwu-2026-12-06T07-05-09Z.pglite.tar.gz (never a path)" }) name!: string;
  @Field(() => Float, { description: "Size in bytes (Float: a dump may pass GraphQL's 32-bit Int)" }) bytes!: number;
  @Field(() => GraphQLDateTimeISO, { description: "When it was written" }) at!: Date;
}

@ObjectType({ description: "The server's backups, for the district admin's dashboard (ops/backup-status.ts)" })
export class BackupStatus {
  @Field(() => Boolean, { description: "The server backs itself up daily (embedded database with CUNWU_BACKUP_DIR and the scheduler on); otherwise backups are made by `pnpm backup`" })
  scheduled!: boolean;
  @Field(() => Int, { description: "How many daily backups are kept (CUNWU_BACKUP_KEEP)" }) keep!: number;
  @Field(() => BackupFile, { nullable: true, description: "The newest backup in the folder; null when there is none" }) last!: BackupFile | null;
  @Field(() => Boolean, { description: "Daily backups are on and none was written in the last 26 hours: the server's rule, shown as a warning" })
  stale!: boolean;
}

@Resolver(() => BackupStatus)
export class BackupStatusResolver {
  @Query(() => BackupStatus, { description: "The last backup and whether one is overdue; the district admin only" })
  @Allow("DISTRICT_ADMIN")
  backupStatus(@Ctx() ctx: Context): BackupStatus {
    return ctx.backupStatus();
  }
}
