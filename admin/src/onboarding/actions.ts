import {
  HouseholdAccountsDocument,
  IssueResidentActivationsDocument,
  SetResidentAccountActiveDocument,
  VillageAccountHoldersDocument,
} from "../documents/onboarding";
import type { HouseholdAccountsQuery, IssueResidentActivationsMutation } from "../gql/graphql";
import { run } from "../providers/run";

// Residents' accounts as staff handle them; spread into the data provider's actions.

/** One household's single-use code, as issued (shown once: the server keeps only its hash). */
export type ResidentActivation = IssueResidentActivationsMutation["result"][number];

/** A household's resident logins and its outstanding code's expiry. */
export type HouseholdAccounts = HouseholdAccountsQuery["result"];
export type ResidentAccount = HouseholdAccounts["residentAccounts"][number];

/** The households list's largest page. */
const PAGE = 200;

export const onboardingActions = {
  /** Codes for the households given, or for every active household of the village without an account. */
  issueResidentActivations: (params: { villageId: string; householdIds?: string[] }) =>
    run(IssueResidentActivationsDocument, { input: params }),

  householdAccounts: (params: { id: string }) => run(HouseholdAccountsDocument, params),

  setResidentAccountActive: (params: { id: string; active: boolean }) => run(SetResidentAccountActiveDocument, params),

  /** The ids of a village's active households that have no resident login yet, read a page at a time. */
  async householdsWithoutAccount(params: { villageId: string }): Promise<Set<string>> {
    const without = new Set<string>();
    for (let page = 1; ; page++) {
      const { items, total } = await run(VillageAccountHoldersDocument, { villageId: params.villageId, page, perPage: PAGE });
      for (const household of items) if (household.residentAccounts.length === 0) without.add(household.id);
      if (items.length < PAGE || page * PAGE >= total) return without;
    }
  },
};
