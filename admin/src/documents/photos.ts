import { graphql } from "../gql";

// Photos as records read them back (signed links, valid a few minutes), and
// the server's limits on them, which the console asks instead of copying.

graphql(`
  fragment AttachmentFields on Attachment {
    id url thumbnailUrl width height
  }
`);

export const PhotoLimitsDocument = graphql(`
  query PhotoLimits { result: photoLimits { perRecord perProduct maxUploadBytes } }
`);
