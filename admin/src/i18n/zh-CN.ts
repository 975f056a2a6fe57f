import type { Messages } from "./en";
import { residentZhCN } from "./resident.zh-CN";
import { photosZhCN } from "./photos.zh-CN";
import { notificationsZhCN } from "./notifications.zh-CN";
import { raZhCN } from "./ra.zh-CN";
import { errorsZhCN } from "./errors.zh-CN";
import { consoleZhCN } from "./console.zh-CN";
import { householdsZhCN } from "./households.zh-CN";
import { registryZhCN } from "./registry.zh-CN";
import { pointsZhCN } from "./points.zh-CN";
import { shopZhCN } from "./shop.zh-CN";
import { householdImportZhCN } from "./householdImport.zh-CN";
import { dashboardZhCN } from "./dashboard.zh-CN";
import { volunteerZhCN } from "./volunteer.zh-CN";
import { civicZhCN } from "./civic.zh-CN";
import { accountsZhCN } from "./accounts.zh-CN";
import { onboardingZhCN } from "./onboarding.zh-CN";

// 简体中文 (default). Words follow DESIGN.md's glossary; each area's are in
// its own file, typed against its English, spread in here.
export const zhCN = {
  ra: raZhCN,
  app: {
    householdImport: householdImportZhCN.app,
    ...dashboardZhCN.app,
    ...volunteerZhCN.app,
    resident: residentZhCN,
    notifications: notificationsZhCN,
    photos: photosZhCN,
    civic: civicZhCN.app,
    accounts: accountsZhCN.app,
    onboarding: onboardingZhCN.app,
    ...consoleZhCN.app,
    ...pointsZhCN.app,
    ...shopZhCN.app,
  },
  enums: {
    ...volunteerZhCN.enums,
    ...civicZhCN.enums,
    ...registryZhCN.enums,
    ...householdsZhCN.enums,
    ...pointsZhCN.enums,
    ...shopZhCN.enums,
  },
  resources: {
    ...volunteerZhCN.resources,
    ...civicZhCN.resources,
    ...householdsZhCN.resources,
    ...pointsZhCN.resources,
    ...shopZhCN.resources,
    ...registryZhCN.resources,
  },
  errors: errorsZhCN,
} satisfies Messages;
