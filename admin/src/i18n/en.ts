import englishMessages from "ra-language-english";
import { errorsEn } from "./errors.en";
import { consoleEn } from "./console.en";
import { householdsEn } from "./households.en";
import { registryEn } from "./registry.en";
import { pointsEn } from "./points.en";
import { shopEn } from "./shop.en";
import { dashboardEn } from "./dashboard.en";
import { householdImportEn } from "./householdImport.en";
import { volunteerEn } from "./volunteer.en";
import { civicEn } from "./civic.en";
import { accountsEn } from "./accounts.en";
import { onboardingEn } from "./onboarding.en";
import { residentEn } from "./resident.en";
import { photosEn } from "./photos.en";
import { notificationsEn } from "./notifications.en";
import type { Translations } from "./shape";

// The English messages define the shape; zh-CN.ts must have every key. Each
// area's words are in its own pair of files, spread in here.
export const en = {
  ra: englishMessages.ra,
  app: {
    householdImport: householdImportEn.app,
    ...dashboardEn.app,
    ...volunteerEn.app,
    resident: residentEn,
    notifications: notificationsEn,
    photos: photosEn,
    civic: civicEn.app,
    accounts: accountsEn.app,
    onboarding: onboardingEn.app,
    ...consoleEn.app,
    ...pointsEn.app,
    ...shopEn.app,
  },
  enums: {
    ...volunteerEn.enums,
    ...civicEn.enums,
    ...registryEn.enums,
    ...householdsEn.enums,
    ...pointsEn.enums,
    ...shopEn.enums,
  },
  resources: {
    ...volunteerEn.resources,
    ...civicEn.resources,
    ...householdsEn.resources,
    ...pointsEn.resources,
    ...shopEn.resources,
    ...registryEn.resources,
  },
  errors: errorsEn,
} as const;

export type Messages = Translations<typeof en>;
