import { graphql } from "../gql";

// The admin's accounts on paper (a password reset, a village's committee
// accounts) and the user's own password change.

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($userId: ID!) {
    result: resetPassword(userId: $userId) { temporaryPassword user { id username displayName mustChangePassword } }
  }
`);

export const CreateVillageCommitteeAccountsDocument = graphql(`
  mutation CreateVillageCommitteeAccounts($villageIds: [ID!]!) {
    result: createVillageCommitteeAccounts(villageIds: $villageIds) {
      village { id code name } outcome username temporaryPassword user { id displayName }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionFields }
  }
`);
