import type { HouseholdCategory, HouseholdStatus } from "../common/enums";
import type { Translations } from "./shape";

// Households (农户). Spread into en.ts; households.zh-CN.ts has every key.
export const householdsEn = {
  enums: {
    HouseholdCategory: {
      GENERAL: "General",
      LIFTED: "Lifted out of poverty",
      MONITORED: "Monitored",
    } satisfies Record<HouseholdCategory, string>,
    HouseholdStatus: {
      ACTIVE: "Active",
      MOVED: "Moved away",
      ARCHIVED: "Archived",
    } satisfies Record<HouseholdStatus, string>,
  },
  resources: {
    households: {
      name: "Household |||| Households",
      fields: {
        id: "ID",
        q: "Search",
        townshipId: "Township",
        villageId: "Village",
        number: "Household number",
        headName: "Head of household",
        memberCount: "Members",
        phone: "Phone",
        address: "Address",
        category: "Category",
        smsOptOut: "No text messages",
        status: "Status",
        balance: "Points balance",
        deductRule: "Deduction rule",
        createdAt: "Created",
        updatedAt: "Updated",
      },
      action: {
        archive: "Archive",
        award: "Award points",
        deduct: "Deduct",
        checkout: "Exchange",
        passbook: "Passbook",
      },
      tabs: {
        entries: "Points history",
        redemptions: "Redemptions",
        details: "Details",
      },
      members: "%{smart_count} member |||| %{smart_count} members",
      empty: {
        entries: "No points recorded for this household yet.",
        redemptions: "This household has not exchanged anything yet.",
      },
      message: {
        archive_title: "Archive household %{recordRepresentation}",
        archive_content: "The household stays on record with its points history, marked archived.",
        deduct_title: "Deduct points from %{household}",
      },
      helper: {
        deductRule: "Deductions follow the rule catalogue and are always recorded; a smaller balance goes to zero, never below",
        smsOptOut: "The household gets no text messages (notifications in the console still come)",
      },
      notifications: {
        archived: "Household archived",
        deducted: "Points deducted",
      },
    },
  },
} as const;

/** The shape every language must fill: the same keys, any strings. */
export type HouseholdsMessages = Translations<typeof householdsEn>;
