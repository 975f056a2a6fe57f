import { perRequest, groupedBy } from "../request/loaders";
import DataLoader from "dataloader";
import { openActivationsOf, residentAccountsOf } from "./resident-account-service";

/** A page of households' resident logins and open activation codes: one statement each. */
export const onboardingLoaders = perRequest(({ db }) => ({
  residentAccounts: groupedBy((ids) => residentAccountsOf(db, ids), (user) => user.householdId!),
  activationExpiresAt: new DataLoader<number, Date | null>(async (ids) => {
    const open = new Map((await openActivationsOf(db, [...ids])).map((row) => [row.householdId, row.expiresAt]));
    return ids.map((id) => open.get(id) ?? null);
  }),
}));
