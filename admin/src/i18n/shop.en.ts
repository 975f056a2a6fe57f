import type { ExchangeEventStatus, RedemptionStatus } from "../common/enums";
import type { Translations } from "./shape";

// The points supermarket: checkout, products, exchange events and
// redemptions. Spread into en.ts; shop.zh-CN.ts has every key.
export const shopEn = {
  app: {
    checkout: {
      title: "Checkout",
      step_household: "1. Household",
      step_products: "2. Goods",
      step_confirm: "3. Confirm",
      household: "Household",
      household_hint: "Number, head's name or phone",
      no_household: "No active household found",
      pick_household_first: "Choose the household first.",
      columns: {
        product: "Product",
        price: "Price",
        stock: "In stock",
        quantity: "Quantity",
      },
      price_per: "%{price} / %{unit}",
      less: "One less",
      more: "One more",
      no_products: "The shop has no products on its shelf yet.",
      event: "Exchange event",
      no_event: "None",
      empty_cart: "Nothing added yet.",
      total: "Total",
      balance: "Balance",
      balance_after: "Balance after",
      short_warning: "Not enough points: the household has %{balance}, this needs %{needed}, %{missing} short. Remove something before confirming.",
      confirm: "Confirm exchange (%{total} points)",
      pending: "Recording…",
      done_title: "Exchange recorded",
      done: "%{household} took %{items} for %{total} points; %{balance} points left.",
      open_receipt: "Open the receipt",
      next: "Next household",
    },
  },
  enums: {
    ExchangeEventStatus: {
      OPEN: "Open",
      CLOSED: "Closed",
    } satisfies Record<ExchangeEventStatus, string>,
    RedemptionStatus: {
      COMPLETED: "Completed",
      CANCELLED: "Cancelled",
    } satisfies Record<RedemptionStatus, string>,
  },
  resources: {
    products: {
      name: "Product |||| Products",
      fields: {
        id: "ID",
        q: "Search",
        villageId: "Village shop",
        name: "Product",
        unit: "Unit",
        price: "Price (points)",
        stock: "In stock",
        active: "On sale",
        quantity: "Quantity",
        createdAt: "Created",
        updatedAt: "Updated",
      },
      sold_out: "Sold out",
      action: {
        restock: "Restock",
      },
      message: {
        restock_title: "Restock %{product}",
        restock_content: "%{stock} %{unit} on the shelf now.",
      },
      helper: {
        unit: "e.g. bag, bottle, box",
        price: "Points for one unit",
        stock: "Units on the shelf to start with",
        active: "Products off sale leave the catalogue",
      },
      movements: {
        title: "Stock changes",
        recordedAt: "When",
        delta: "Change",
        reason: "Reason",
        empty: "No restocking or corrections yet.",
      },
      notifications: {
        restocked: "Stock updated",
      },
      empty: "The shop has no products yet.",
    },
    exchangeEvents: {
      name: "Exchange event |||| Exchange events",
      upcoming: "Upcoming",
      fields: {
        id: "ID",
        villageId: "Village shop",
        date: "Date",
        title: "Title",
        status: "Status",
        from: "From",
        to: "To",
        redemptions: "Redemptions",
        createdAt: "Created",
      },
      helper: {
        title: "e.g. April exchange day",
      },
      action: {
        close: "Close",
        reopen: "Reopen",
      },
      notifications: {
        closed: "Exchange event closed",
        reopened: "Exchange event reopened",
      },
      no_redemptions: "No redemptions at this event yet.",
      empty: "No exchange events yet.",
    },
    redemptions: {
      name: "Redemption |||| Redemptions",
      fields: {
        id: "No.",
        householdId: "Household",
        villageId: "Village",
        eventId: "Exchange event",
        lines: "Goods",
        total: "Points",
        status: "Status",
        createdAt: "Time",
        from: "From",
        to: "To",
        cancelledAt: "Cancelled",
        cancelReason: "Cancel reason",
      },
      receipt: {
        title: "Receipt no. %{id}",
        product: "Product",
        unitPrice: "Unit price",
        quantity: "Quantity",
        amount: "Points",
        total: "Total",
      },
      action: {
        cancel: "Cancel exchange",
      },
      message: {
        cancel_title: "Cancel this exchange",
        cancel_content: "The %{total} points go back to the household and the goods back on the shelf; the receipt stays on record as cancelled.",
        cancelled_at: "Cancelled %{time}: %{reason}",
      },
      notifications: {
        cancelled: "Exchange cancelled: points refunded, goods restocked",
      },
      empty: "No redemptions yet.",
      empty_resident: "You have not exchanged anything yet.",
    },
  },
} as const;

/** The shape every language must fill: the same keys, any strings. */
export type ShopMessages = Translations<typeof shopEn>;
