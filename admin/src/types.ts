import type { RaRecord } from "react-admin";
import type {
  AwardBatchStatus,
  AwardLineState,
  DepartmentKind,
  EntryKind,
  ExchangeEventStatus,
  HouseholdCategory,
  HouseholdStatus,
  RedemptionStatus,
  Role,
  RuleCategory,
} from "./common/enums";

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

export interface PointRule extends RaRecord<string> {
  category: RuleCategory;
  name: string;
  description: string | null;
  /** positive: an award; negative: a deduction */
  points: number;
  /** null: district-wide */
  villageId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PointEntry extends RaRecord<string> {
  householdId: string;
  villageId: string;
  kind: EntryKind;
  /** signed change of the balance */
  delta: number;
  balanceAfter: number;
  reason: string;
  /** YYYY-MM-DD */
  deedDate: string;
  recordedAt: string;
  recordedBy: string;
  ruleId: string | null;
  batchId: string | null;
  activityId: string | null;
  redemptionId: string | null;
  reversesEntryId: string | null;
}

export interface AwardBatchLine {
  id: string;
  householdId: string;
  householdNumber: string;
  headName: string;
  state: AwardLineState;
  removedReason: string | null;
  objectionCount: number;
}

export interface AwardObjection {
  id: string;
  lineId: string;
  reason: string;
  createdAt: string;
}

export interface AwardBatch extends RaRecord<string> {
  villageId: string;
  ruleId: string | null;
  points: number;
  reason: string;
  note: string | null;
  deedDate: string;
  status: AwardBatchStatus;
  publicityEndsOn: string | null;
  postedAt: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  createdAt: string;
  lines: AwardBatchLine[];
  /** empty for residents, who see counts only */
  objections: AwardObjection[];
}

export interface Passbook {
  householdId: string;
  householdNumber: string;
  headName: string;
  villageName: string;
  from: string | null;
  to: string | null;
  openingBalance: number;
  closingBalance: number;
  totalIn: number;
  totalOut: number;
  entries: PointEntry[];
}

export interface Product extends RaRecord<string> {
  villageId: string;
  name: string;
  unit: string;
  price: number;
  stock: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StockMovement {
  id: string;
  productId: string;
  delta: number;
  reason: string;
  recordedAt: string;
  recordedBy: string;
}

export interface ExchangeEvent extends RaRecord<string> {
  villageId: string;
  date: string;
  title: string;
  status: ExchangeEventStatus;
  createdAt: string;
}

export interface RedemptionLine {
  productId: string;
  productName: string;
  quantity: number;
  unitPrice: number;
  amount: number;
}

export interface Redemption extends RaRecord<string> {
  householdId: string;
  villageId: string;
  eventId: string | null;
  total: number;
  status: RedemptionStatus;
  createdAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  recordedBy: string;
  household: { number: string; headName: string };
  lines: RedemptionLine[];
}
