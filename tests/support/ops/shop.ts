import { operation, type Id } from "./operation";
import { newKey } from "./keys";
import type { EntryKind } from "./points";

// The village shop's operations: products and their stock, exchange events,
// redemptions and their cancellation.

const PRODUCT = `id villageId name unit price stock active`;
const EVENT = `id villageId date title status`;
export const REDEMPTION = `id householdId villageId eventId total status cancelledAt cancelReason
  lines { productId productName quantity unitPrice amount }
  entries { id kind delta balanceAfter reason redemptionId }`;

export interface Product {
  id: string;
  villageId: string;
  name: string;
  unit: string;
  price: number;
  stock: number;
  active: boolean;
}

export interface Redemption {
  id: string;
  householdId: string;
  villageId: string;
  eventId: string | null;
  total: number;
  status: "COMPLETED" | "CANCELLED";
  cancelledAt: string | null;
  cancelReason: string | null;
  lines: { productId: string; productName: string; quantity: number; unitPrice: number; amount: number }[];
  entries: { id: string; kind: EntryKind; delta: number; balanceAfter: number; reason: string; redemptionId: string }[];
}

export interface ExchangeEvent {
  id: string;
  villageId: string;
  date: string;
  title: string;
  status: "OPEN" | "CLOSED";
}

export interface CreateProductInput {
  villageId: Id;
  name: string;
  unit: string;
  price: number;
  stock?: number;
}
export const createProduct = operation<CreateProductInput, "createProduct", Product>(
  "createProduct",
  `mutation ($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT} } }`,
  (input) => ({ input }),
);
export const updateProduct = operation<{ id: Id; input: Record<string, unknown> }, "updateProduct", Product>(
  "updateProduct",
  `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { ${PRODUCT} } }`,
);
export const restockProduct = operation<{ id: Id; quantity: number; reason: string }, "restockProduct", Product>(
  "restockProduct",
  `mutation ($id: ID!, $quantity: Int!, $reason: String!) { restockProduct(id: $id, quantity: $quantity, reason: $reason) { ${PRODUCT} } }`,
);

export interface RedeemInput {
  householdId: Id;
  lines: { productId: Id; quantity: number }[];
  /** Null or absent: a walk-in sale, outside any event. */
  eventId?: Id | null;
  /** Default: a fresh key. */
  idempotencyKey?: string;
}
export const redeem = operation<RedeemInput, "redeem", Redemption>(
  "redeem",
  `mutation ($input: RedeemInput!) { redeem(input: $input) { ${REDEMPTION} } }`,
  (input) => ({ input: { ...input, idempotencyKey: input.idempotencyKey ?? newKey() } }),
);
export const cancelRedemption = operation<{ id: Id; reason: string }, "cancelRedemption", Redemption>(
  "cancelRedemption",
  `mutation ($id: ID!, $reason: String!) { cancelRedemption(id: $id, reason: $reason) { ${REDEMPTION} } }`,
);

export const createExchangeEvent = operation<{ villageId: Id; date: string; title: string }, "createExchangeEvent", ExchangeEvent>(
  "createExchangeEvent",
  `mutation ($input: CreateExchangeEventInput!) { createExchangeEvent(input: $input) { ${EVENT} } }`,
  (input) => ({ input }),
);
export const closeExchangeEvent = operation<{ id: Id }, "closeExchangeEvent", ExchangeEvent>(
  "closeExchangeEvent",
  `mutation ($id: ID!) { closeExchangeEvent(id: $id) { ${EVENT} } }`,
);
export const reopenExchangeEvent = operation<{ id: Id }, "reopenExchangeEvent", ExchangeEvent>(
  "reopenExchangeEvent",
  `mutation ($id: ID!) { reopenExchangeEvent(id: $id) { ${EVENT} } }`,
);
