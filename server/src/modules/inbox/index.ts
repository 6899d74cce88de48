/** 待办 (myTasks), in-app notifications, and the reminder rules that send them up the accountability chain. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { InboxResolver, ReminderRuleResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';
import { ReminderRule } from './reminder-rule.entity';
import { SWEEP_TASK, sweepReminders } from './sweep';

export interface InboxServices {
  inbox: InboxService;
}

declare module '../../graphql/services' {
  interface Services extends InboxServices {}
}

export const inbox = defineModule({
  name: 'inbox',
  entities: [ReminderRule],
  resolvers: [InboxResolver, ReminderRuleResolver],
  services: ({ em, deps }: Services): InboxServices => ({ inbox: new InboxService(em, deps.now, deps) }),
  tasks: {
    [SWEEP_TASK]: async (_payload, t) => {
      await sweepReminders(t.em(), t.deps.now());
    },
  },
  // One sweep per tick across all processes: the crontab's tick is claimed once in the database, the
  // job key folds repeated adds into one job, and the notifications' unique key covers the rest.
  crontab: (config) =>
    config.inbox.sweepMinutes ? [`*/${config.inbox.sweepMinutes} * * * * ${SWEEP_TASK} ?jobKey=${SWEEP_TASK}`] : [],
});
