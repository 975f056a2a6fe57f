import type { RaRecord } from "react-admin";
import type { DepartmentKind, HouseholdCategory, HouseholdStatus, Role } from "./common/enums";

// Records as the data provider returns them (see providers/resourceQueries.ts).

export interface Township extends RaRecord<string> {
  code: string;
  name: string;
  villageCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Village extends RaRecord<string> {
  code: string;
  name: string;
  townshipId: string;
  hasShop: boolean;
  publicityDays: number;
  householdCount: number;
}

export interface Department extends RaRecord<string> {
  code: string;
  name: string;
  kind: DepartmentKind;
  townshipId: string | null;
  active: boolean;
}

export interface Household extends RaRecord<string> {
  villageId: string;
  number: string;
  headName: string;
  memberCount: number;
  /** may come back masked, e.g. 138****5678 */
  phone: string | null;
  address: string | null;
  category: HouseholdCategory;
  status: HouseholdStatus;
  balance: number;
  createdAt: string;
  updatedAt: string;
}

export interface User extends RaRecord<string> {
  username: string;
  displayName: string;
  role: Role;
  townshipId: string | null;
  villageId: string | null;
  departmentId: string | null;
  householdId: string | null;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}
