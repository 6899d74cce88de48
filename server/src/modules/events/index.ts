/** The event feed (an outbox filled from the audit trail), signed webhooks with retries, live subscriptions. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { deliver, fanOut } from './delivery';
import { EventResolver, WebhookResolver } from './events.resolver';
import { eventRules, EventService } from './events.service';
import { EventHub } from './hub';
import { Webhook } from './webhook.entity';
import { WebhookService } from './webhooks.service';

export interface EventsServices {
  events: EventService;
  webhooks: WebhookService;
}

declare module '../../graphql/services' {
  interface Services extends EventsServices {}
}

export const events = defineModule({
  name: 'events',
  entities: [Webhook],
  resolvers: [EventResolver, WebhookResolver],
  services: ({ em, deps }: Services): EventsServices => ({
    events: new EventService(em, eventRules(deps.modules)),
    webhooks: new WebhookService(em, deps.webhooks ?? { allowedHosts: [], rotationHours: 24 }, deps.now),
  }),
  tasks: {
    events_fanout: (_payload, t) => fanOut(t, eventRules(t.deps.modules)),
    webhook_deliver: (payload, t) =>
      deliver(
        payload as { deliveryId?: string; redeliver?: boolean },
        t,
        eventRules(t.deps.modules),
        t.config.webhooks,
      ),
  },
  daemons: [
    {
      name: 'event subscriptions',
      start: async (d) => {
        const hub = new EventHub(d.em, eventRules(d.deps.modules), d.log);
        hub.register(d.deps);
        await hub.listen(d.connectionString);
        return { stop: () => hub.close() };
      },
    },
  ],
  jobs: [
    {
      name: 'pruning events',
      everyMs: (c) => c.events.pruneMinutes * 60_000,
      run: (j) =>
        new EventService(j.em(), eventRules(j.deps.modules)).prune(j.deps.now(), j.config.events.retentionDays),
    },
  ],
});
