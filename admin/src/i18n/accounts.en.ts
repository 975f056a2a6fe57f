// Password resets, a village's committee accounts and the change of a reset password (users/, villages/, layout/PasswordChangeGate.tsx).
export const accountsEn = {
  app: {
    reset: "Reset password",
    reset_confirm_title: "Reset the password of %{name}?",
    reset_confirm:
      "A temporary password replaces the current one. %{name} is signed out everywhere and must choose a new password at the next login.",
    temporary_title: "Temporary password for %{name}",
    temporary_once: "Shown only this once: write it down or print it now and hand it to the user in person.",
    username: "Username",
    temporary_password: "Temporary password",
    committee_create: "Create committee accounts",
    committee_confirm_title: "Create committee accounts for %{smart_count} village? |||| Create committee accounts for %{smart_count} villages?",
    committee_confirm:
      "Each chosen village without a committee account gets one, named “vc-” and the village code, with a temporary password the committee must change at its first login.",
    committee_title: "Village committee accounts",
    committee_intro: "Temporary passwords are shown only this once. Print this list, hand each village its line, and keep no copy.",
    village: "Village",
    outcome: {
      CREATED: "Created",
      HAS_COMMITTEE: "Already has a committee account",
      USERNAME_TAKEN: "Username taken by another user",
    },
    change_title: "Choose a new password",
    change_intro: "Your password was reset by the administrator. Choose a password of your own (at least 8 characters) to continue.",
    current_password: "Temporary (current) password",
    new_password: "New password",
    repeat_password: "New password again",
    passwords_differ: "The two new passwords differ",
    change_submit: "Change password",
    changed: "Password changed.",
  },
};
