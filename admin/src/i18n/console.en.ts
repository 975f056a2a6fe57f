import type { Role } from "../common/enums";
import type { Translations } from "./shape";

// The console's frame: its title, shared words, menus, each role's home
// page and the resident's own pages. Spread into en.ts; console.zh-CN.ts
// has every key.
export const consoleEn = {
  app: {
    title: "Village Points & Civic Service",
    common: {
      reason: "Reason",
      note: "Note",
      print: "Print",
      points: "%{points} points",
      points_unit: "points",
      households_unit: "households",
      quantity_help: "Positive adds stock; negative corrects it",
      day_placeholder: "YYYY-MM-DD",
    },
    /** Time zones by their IANA name (a server's CUNWU_TIMEZONE); others read "the <name> time zone". */
    timezones: {
      "Asia/Shanghai": "Beijing time (Asia/Shanghai)",
      other: "the %{zone} time zone",
    },
    // The app's own words for a number typed wrong (never the browser's bubbles).
    validation: {
      whole_number: "Enter a whole number",
      whole_min: "Enter a whole number of at least %{min}",
      whole_max: "Enter a whole number of at most %{max}",
      whole_between: "Enter a whole number from %{min} to %{max}",
      not_zero: "Cannot be 0",
    },
    // Escape or a click beside a dialog holding choices asks first.
    discard: {
      title: "Discard what you have entered?",
      content: "What you chose in this dialog will be lost.",
      keep: "Keep editing",
      discard: "Discard",
    },
    menu: {
      groups: {
        points: "Points",
        shop: "Points supermarket",
        registry: "Registry",
      },
      award: "Award points",
      checkout: "Checkout",
      myPoints: "My points",
      myShop: "Shop",
      myRedemptions: "My redemptions",
      publicity: "Publicity",
      rules: "Point rules",
      language: "Language",
    },
    dashboard: {
      welcome: "Welcome, %{name}",
      signedInAs: "Signed in as %{role}",
      intro: {
        DISTRICT_ADMIN:
          "You keep the district's users, townships, villages, departments and rule catalogue, and can run any village's points and shop.",
        DISTRICT_STAFF: "You can look up households, points, publicity and the shops across the district.",
        TOWNSHIP_STAFF: "You can look up households, points, publicity and the shops of your township's villages.",
        VILLAGE_COMMITTEE:
          "You keep your village's households, award and deduct points by the rule catalogue, post publicity and run the points supermarket.",
        DEPARTMENT_STAFF: "Civic matters assigned to your department will appear here.",
        RESIDENT: "Your household's points and civic matters will appear here.",
      } satisfies Record<Role, string>,
      ranking: {
        title: "Honour board %{year}",
        top: "Red list",
        bottom: "Black list",
        bottom_empty: "No deductions in the period",
      },
      quick: {
        title: "Everyday work",
        on_publicity: "%{smart_count} batch on publicity |||| %{smart_count} batches on publicity",
      },
    },
    my: {
      home: "Home",
      balance: "My points",
      recent: "Latest changes",
      all_entries: "Passbook",
      publicity_now: "One award of the village is on publicity |||| %{smart_count} awards of the village are on publicity",
      see_publicity: "Look",
      shop: {
        balance: "You have %{balance} points: %{count} products within reach.",
        only_affordable: "Only what I can afford",
        per_unit: "points / %{unit}",
        in_stock: "%{stock} %{unit} left",
        affordable: "Affordable |||| Up to %{smart_count} %{unit}",
        missing: "%{missing} points short",
        empty: "The village shop has no products yet.",
        none_affordable: "Nothing within reach yet: keep earning points!",
        how_to: "Exchanges are made at the village points supermarket on exchange days; the committee records them.",
      },
    },
  },
} as const;

/** The shape every language must fill: the same keys, any strings. */
export type ConsoleMessages = Translations<typeof consoleEn>;
