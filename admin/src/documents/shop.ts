import { graphql } from "../gql";

// The points supermarket: products and their stock, exchange events and redemptions.

graphql(`
  fragment ProductFields on Product {
    id villageId name unit price stock active createdAt updatedAt
    attachments { ...AttachmentFields }
  }
`);

graphql(`
  fragment ExchangeEventFields on ExchangeEvent {
    id villageId date title status upcoming createdAt allowedActions
  }
`);

graphql(`
  fragment RedemptionFields on Redemption {
    id householdId villageId eventId total status createdAt cancelledAt cancelReason recordedBy allowedActions
    household { number headName }
    lines { productId productName quantity unitPrice amount }
  }
`);

export const productDocuments = {
  list: graphql(`
    query ProductList($filter: ProductFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: products(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ProductFields } total totalCapped }
    }
  `),
  one: graphql(`
    query ProductOne($id: ID!) { record: product(id: $id) { ...ProductFields } }
  `),
  create: graphql(`
    mutation CreateProduct($input: CreateProductInput!) { record: createProduct(input: $input) { ...ProductFields } }
  `),
  update: graphql(`
    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { record: updateProduct(id: $id, input: $input) { ...ProductFields } }
  `),
};

export const exchangeEventDocuments = {
  list: graphql(`
    query ExchangeEventList($filter: ExchangeEventFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: exchangeEvents(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ExchangeEventFields } total totalCapped }
    }
  `),
  one: graphql(`
    query ExchangeEventOne($id: ID!) { record: exchangeEvent(id: $id) { ...ExchangeEventFields } }
  `),
  create: graphql(`
    mutation CreateExchangeEvent($input: CreateExchangeEventInput!) {
      record: createExchangeEvent(input: $input) { ...ExchangeEventFields }
    }
  `),
};

export const redemptionDocuments = {
  list: graphql(`
    query RedemptionList($filter: RedemptionFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
      page: redemptions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...RedemptionFields } total totalCapped }
    }
  `),
  one: graphql(`
    query RedemptionOne($id: ID!) { record: redemption(id: $id) { ...RedemptionFields } }
  `),
};

/** A printed 兑换单: the redemption with its village, event and recorder in words, and its ledger entries (balance before and after). */
export const RedemptionReceiptDocument = graphql(`
  query RedemptionReceipt($id: ID!) {
    result: redemption(id: $id) {
      ...RedemptionFields
      villageName eventTitle recorderName
      entries { id kind delta balanceAfter recordedAt }
    }
  }
`);

export const RestockProductDocument = graphql(`
  mutation RestockProduct($id: ID!, $quantity: Int!, $reason: String!) {
    result: restockProduct(id: $id, quantity: $quantity, reason: $reason) { ...ProductFields }
  }
`);

export const StockMovementsDocument = graphql(`
  query StockMovements($productId: ID!, $page: Int, $perPage: Int) {
    result: stockMovements(productId: $productId, page: $page, perPage: $perPage) {
      items { id productId delta reason recordedAt recordedBy }
      total
    }
  }
`);

export const CloseExchangeEventDocument = graphql(`
  mutation CloseExchangeEvent($id: ID!) { result: closeExchangeEvent(id: $id) { ...ExchangeEventFields } }
`);

export const ReopenExchangeEventDocument = graphql(`
  mutation ReopenExchangeEvent($id: ID!) { result: reopenExchangeEvent(id: $id) { ...ExchangeEventFields } }
`);

export const RedeemDocument = graphql(`
  mutation Redeem($input: RedeemInput!) { result: redeem(input: $input) { ...RedemptionFields } }
`);

export const CancelRedemptionDocument = graphql(`
  mutation CancelRedemption($id: ID!, $reason: String!) {
    result: cancelRedemption(id: $id, reason: $reason) { ...RedemptionFields }
  }
`);
