import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import type { Context } from "../request/context";
import type { AttachmentRow } from "./attach-service";

@ObjectType({ description: "A photo attached to a record; seen by exactly who sees the record" })
export class Attachment {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "Always image/jpeg: the server re-encodes every upload" }) contentType!: string;
  @Field(() => Int, { description: "Of the full image, at most 2048 px on its longest side" }) width!: number;
  @Field(() => Int) height!: number;
  @Field(() => Int, { description: "Size of the full image" }) bytes!: number;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => ID, { description: "The user who uploaded it" }) createdBy!: number;
}

/** The links are signed when read: valid for CUNWU_FILE_URL_SECONDS from then. */
@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: "A signed link to the full image (relative to the server), valid a few minutes" })
  url(@Root() file: AttachmentRow, @Ctx() ctx: Context): string {
    return ctx.fileUrls.url(file.id, "full");
  }

  @FieldResolver(() => String, { description: "A signed link to the thumbnail, at most 480 px, valid a few minutes" })
  thumbnailUrl(@Root() file: AttachmentRow, @Ctx() ctx: Context): string {
    return ctx.fileUrls.url(file.id, "thumb");
  }
}
