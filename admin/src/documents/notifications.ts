import { graphql } from "../gql";

// The logged-in user's own notifications: the bell's count, the list, marking read.

export const NotificationsDocument = graphql(`
  query Notifications($unreadOnly: Boolean, $page: Int, $perPage: Int) {
    result: notifications(unreadOnly: $unreadOnly, page: $page, perPage: $perPage) {
      items { id kind title body link readAt createdAt }
      total
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    result: unreadNotificationCount
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    result: markNotificationsRead(ids: $ids)
  }
`);
