import { CreateVillageCommitteeAccountsDocument, ResetPasswordDocument } from "../documents/accounts";
import type { CreateVillageCommitteeAccountsMutation } from "../gql/graphql";
import { run } from "../providers/run";

// The admin's accounts on paper; spread into the data provider's actions.

/** One village's outcome: the new account with its temporary password, or why none was made. */
export type CommitteeAccount = CreateVillageCommitteeAccountsMutation["result"][number];

export const accountActions = {
  /** A temporary password, shown once; the user must change it at the next login. */
  resetPassword: (params: { userId: string }) => run(ResetPasswordDocument, params),

  /** A committee account for each village given that has none yet. */
  createVillageCommitteeAccounts: (params: { villageIds: string[] }) => run(CreateVillageCommitteeAccountsDocument, params),
};
