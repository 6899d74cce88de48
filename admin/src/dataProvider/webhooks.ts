/** 数据推送: webhooks, their deliveries and redelivery, and the event feed (system screens, district admins). */
import { graphql } from '../gql';
import { call } from './call';

const WEBHOOKS = graphql(`
  query ConsoleWebhooks {
    data: webhooks(perPage: 100) {
      total
      items {
        id
        url
        eventTypes
        enabled
        disabledReason
        disabledAt
        consecutiveFailures
        previousSecretUntil
        version
        createdAt
        scopeUnit {
          id
          name
        }
      }
    }
  }
`);

const CREATE_WEBHOOK = graphql(`
  mutation ConsoleCreateWebhook($input: CreateWebhookInput!) {
    data: createWebhook(input: $input) {
      secret
      webhook {
        id
      }
    }
  }
`);

const UPDATE_WEBHOOK = graphql(`
  mutation ConsoleUpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    data: updateWebhook(id: $id, input: $input) {
      id
      enabled
    }
  }
`);

const ROTATE_SECRET = graphql(`
  mutation ConsoleRotateWebhookSecret($id: ID!) {
    data: rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
      }
    }
  }
`);

const DELIVERIES = graphql(`
  query ConsoleWebhookDeliveries($webhookId: ID!, $page: Int!) {
    data: webhookDeliveries(webhookId: $webhookId, page: $page, perPage: 25, sortOrder: DESC) {
      total
      items {
        id
        eventId
        eventType
        messageId
        status
        attempts
        createdAt
        nextAttemptAt
        lastStatusCode
        deliveredAt
        attemptLog {
          id
          at
          ok
          statusCode
          latencyMs
          error
          answer
        }
      }
    }
  }
`);

const REDELIVER = graphql(`
  mutation ConsoleRedeliver($deliveryId: ID!) {
    data: redeliver(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

const EVENTS = graphql(`
  query ConsoleEvents($after: String, $types: [String!]) {
    data: events(first: 50, after: $after, types: $types) {
      edges {
        cursor
        node {
          id
          type
          resourceType
          resourceId
          unitPath
          payload
          committedAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const SCOPE_UNITS = graphql(`
  query ConsoleWebhookUnits($level: UnitLevel!) {
    data: units(perPage: 100, filter: { level: $level }) {
      items {
        id
        name
        level
      }
    }
  }
`);

export const webhooksApi = {
  list: () => call(WEBHOOKS, {}),
  create: (input: { url: string; eventTypes: string[]; withinId: string }) => call(CREATE_WEBHOOK, { input }),
  update: (id: string, input: { url?: string; eventTypes?: string[]; enabled?: boolean }) =>
    call(UPDATE_WEBHOOK, { id, input }),
  rotate: (id: string) => call(ROTATE_SECRET, { id }),
  deliveries: (webhookId: string, page = 1) => call(DELIVERIES, { webhookId, page }),
  redeliver: (deliveryId: string) => call(REDELIVER, { deliveryId }),
  events: (after: string | null, types: string[] | null) => call(EVENTS, { after, types }),
  /** Units a webhook may be scoped to: districts, then townships (what the user may read). */
  scopeUnits: async () => [
    ...(await call(SCOPE_UNITS, { level: 'DISTRICT' })).items,
    ...(await call(SCOPE_UNITS, { level: 'TOWNSHIP' })).items,
  ],
};
