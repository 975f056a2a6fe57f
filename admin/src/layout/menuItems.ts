import AddCircleIcon from "@mui/icons-material/AddCircle";
import ShoppingCartIcon from "@mui/icons-material/ShoppingCart";
import AccountBalanceWalletIcon from "@mui/icons-material/AccountBalanceWallet";
import AssessmentIcon from "@mui/icons-material/Assessment";
import CampaignIcon from "@mui/icons-material/Campaign";
import EmojiEventsIcon from "@mui/icons-material/EmojiEvents";
import EventAvailableIcon from "@mui/icons-material/EventAvailable";
import type { ComponentType } from "react";
import type { Role } from "../common/enums";
import activities from "../activities";
import awardBatches from "../awardBatches";
import civicCategories from "../civicCategories";
import civicMatters from "../civicMatters";
import PostAddIcon from "@mui/icons-material/PostAdd";
import departments from "../departments";
import exchangeEvents from "../exchangeEvents";
import households from "../households";
import pointEntries from "../pointEntries";
import pointRules from "../pointRules";
import products from "../products";
import redemptions from "../redemptions";
import serviceBrands from "../serviceBrands";
import townships from "../townships";
import users from "../users";
import villages from "../villages";
import volunteerTeams from "../volunteerTeams";
import { canRoleAccess, type AccessName } from "../providers/access";

export interface MenuEntry {
  /** what providers/access.ts grants */
  name: AccessName;
  to: string;
  /** translation key */
  label: string;
  icon: ComponentType;
  /** a resource's list or create, or a page's "use" */
  action: "list" | "create" | "use";
}

export interface MenuGroup {
  /** translation key of the group's heading; none for a resident's short menu */
  label?: string;
  entries: MenuEntry[];
}

const resource = (name: AccessName, icon: ComponentType, label = `resources.${name}.name`): MenuEntry => ({
  name,
  to: `/${name}`,
  label,
  icon,
  action: "list",
});

const page = (name: AccessName, to: string, label: string, icon: ComponentType): MenuEntry => ({ name, to, label, icon, action: "use" });

/** The console's work, grouped as a village office thinks of it. */
const staffMenu: MenuGroup[] = [
  {
    label: "app.civic.menu.group",
    entries: [
      resource("civicMatters", civicMatters.icon, "app.civic.menu.board"),
      { ...resource("civicMatters", PostAddIcon, "app.civic.menu.intake"), to: "/civicMatters/create", action: "create" },
    ],
  },
  {
    label: "app.menu.groups.points",
    entries: [
      page("award", "/award", "app.menu.award", AddCircleIcon),
      resource("awardBatches", awardBatches.icon),
      resource("pointEntries", pointEntries.icon),
      resource("pointRules", pointRules.icon),
    ],
  },
  {
    label: "app.menu.groups.shop",
    entries: [
      page("checkout", "/checkout", "app.menu.checkout", ShoppingCartIcon),
      resource("redemptions", redemptions.icon),
      resource("products", products.icon),
      resource("exchangeEvents", exchangeEvents.icon),
    ],
  },
  {
    label: "app.volunteer.menu.group",
    entries: [resource("activities", activities.icon), resource("volunteerTeams", volunteerTeams.icon), resource("serviceBrands", serviceBrands.icon)],
  },
  {
    label: "app.menu.groups.registry",
    entries: [
      resource("households", households.icon),
      resource("villages", villages.icon),
      resource("townships", townships.icon),
      resource("departments", departments.icon),
      resource("users", users.icon),
      resource("civicCategories", civicCategories.icon),
      page("calendar", "/calendar", "app.calendar.menu", EventAvailableIcon),
    ],
  },
  {
    label: "app.print.menu.group",
    entries: [
      page("districtFigures", "/print/district", "app.print.menu.districtFigures", AssessmentIcon),
      page("publicityBoard", "/print/publicity", "app.print.menu.publicityBoard", CampaignIcon),
      page("rankingBoard", "/print/ranking", "app.print.menu.rankingBoard", EmojiEventsIcon),
    ],
  },
];

/** A resident's menu: its own points, the shop, its redemptions, the village's publicity. */
const residentMenu: MenuGroup[] = [
  {
    entries: [
      page("myPoints", "/my/points", "app.menu.myPoints", AccountBalanceWalletIcon),
      page("myShop", "/my/shop", "app.menu.myShop", products.icon),
      page("myVolunteer", "/my/volunteer", "app.volunteer.menu.my", activities.icon),
      resource("redemptions", redemptions.icon, "app.menu.myRedemptions"),
      resource("awardBatches", awardBatches.icon, "app.menu.publicity"),
      resource("pointRules", pointRules.icon, "app.menu.rules"),
      resource("civicMatters", civicMatters.icon, "app.civic.menu.my"),
    ],
  },
];

/** The menu a role sees: only the entries providers/access.ts lets it use, empty groups left out. */
export const menuFor = (role: Role | undefined): MenuGroup[] =>
  (role === "RESIDENT" ? residentMenu : staffMenu)
    .map((group) => ({ ...group, entries: group.entries.filter((e) => canRoleAccess(role, e.name, e.action)) }))
    .filter((group) => group.entries.length > 0);
