import { graphql } from "../gql";

// The server's own state an operator watches: its backups (district admin only).

export const BackupStatusDocument = graphql(`
  query BackupStatus { result: backupStatus { scheduled keep stale last { name bytes at } } }
`);
