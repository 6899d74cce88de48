/** 待办, notifications and early warnings: the console's calls of the inbox and warnings modules. */
import { graphql } from '../gql';
import { call } from './call';

const MY_TASKS = graphql(`
  query MyTasks($dueWithinDays: Int, $first: Int) {
    data: myTasks(dueWithinDays: $dueWithinDays, first: $first) {
      today
      horizon
      total
      kinds {
        kind
        label
        labelEn
        count
      }
      items {
        kind
        recordType
        recordId
        unitId
        title
        due
        link
      }
    }
  }
`);

const NOTIFICATIONS = graphql(`
  query MyNotifications($perPage: Int, $unreadOnly: Boolean) {
    data: notifications(perPage: $perPage, unreadOnly: $unreadOnly) {
      total
      unread
      items {
        id
        createdAt
        kind
        step
        recordType
        recordId
        title
        reasonZh
        reasonEn
        link
        readAt
      }
    }
  }
`);

const UNREAD = graphql(`
  query UnreadNotificationCount {
    data: unreadNotificationCount
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    data: markNotificationsRead(ids: $ids)
  }
`);

const WARNINGS = graphql(`
  query StarWarnings($unitId: ID!, $starCode: String, $atRiskOnly: Boolean, $page: Int, $perPage: Int) {
    data: starWarnings(unitId: $unitId, starCode: $starCode, atRiskOnly: $atRiskOnly, page: $page, perPage: $perPage) {
      total
      atRisk
      items {
        starCode
        score
        atRisk
        threshold
        branch {
          id
          name
        }
        star {
          code
          nameZh
          nameEn
        }
        reasons {
          code
          count
          points
        }
      }
    }
  }
`);

export const inboxApi = {
  myTasks: (dueWithinDays = 7, first = 20) => call(MY_TASKS, { dueWithinDays, first }),
  notifications: (perPage = 10, unreadOnly = false) => call(NOTIFICATIONS, { perPage, unreadOnly }),
  unreadCount: () => call(UNREAD, {}),
  markRead: (ids: string[] | null) => call(MARK_READ, { ids }),
  warnings: (
    unitId: string,
    opts: { starCode?: string | null; atRiskOnly?: boolean; page?: number; perPage?: number },
  ) => call(WARNINGS, { unitId, ...opts }),
};
