import { useQuery } from "@tanstack/react-query";
import { PhotoLimitsDocument } from "../documents/photos";
import type { PhotoLimitsQuery } from "../gql/graphql";
import { run } from "../providers/run";

/** How many photos a record or a product may carry and the largest upload, in bytes: the server's settings. */
export type PhotoLimits = PhotoLimitsQuery["result"];

/**
 * The server's photo limits, asked once per session (they change only when
 * the server is restarted with other settings); undefined until known.
 */
export const usePhotoLimits = (): PhotoLimits | undefined =>
  useQuery({ queryKey: ["photoLimits"], queryFn: () => run(PhotoLimitsDocument, {}), staleTime: Infinity }).data;
