import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { LoggedIn } from "../auth/rules";
import type { Context } from "../request/context";
import { maxAttachments, maxProductPhotos } from "./attach-service";

@ObjectType({ description: "What the server takes of photos (its settings and rules)" })
export class PhotoLimits {
  @Field(() => Int, { description: "Photos one record may carry (a matter, a step, an award, a household's line, an activity)" })
  perRecord!: number;
  @Field(() => Int, { description: "Photos a product may carry" }) perProduct!: number;
  @Field(() => Int, { description: "Largest upload the server takes, in bytes (CUNWU_UPLOAD_MAX_MB)" }) maxUploadBytes!: number;
}

/** The same constants and setting the services and POST /files check, so the console never copies them. */
@Resolver(() => PhotoLimits)
export class PhotoLimitsResolver {
  @Query(() => PhotoLimits, { description: "What the server takes of photos; any signed-in user" })
  @LoggedIn()
  photoLimits(@Ctx() ctx: Context): PhotoLimits {
    return { perRecord: maxAttachments, perProduct: maxProductPhotos, maxUploadBytes: ctx.maxUploadBytes };
  }
}
