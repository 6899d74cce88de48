/**
 * What other modules may use of this one: they import it from here, never from its files (a lint rule
 * holds them to it), so that what a module offers is one short list and modules stay acyclic.
 */
export { NotificationStep, ReminderKind } from './inbox.enums';
export { SWEEP_TASK, sweepReminders } from './sweep';
