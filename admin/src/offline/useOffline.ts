import { useEffect, useState } from 'react';
import { allChecks, allSteps, type CachedCheck, type QueuedStep } from './db';
import { subscribe } from './sync';

/** Whether the browser believes it has a network (the 'online'/'offline' events). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** The device store as it is now, read again whenever it changes. */
export function useOfflineStore(): { checks: CachedCheck[]; steps: QueuedStep[]; loaded: boolean } {
  const [state, setState] = useState<{ checks: CachedCheck[]; steps: QueuedStep[]; loaded: boolean }>({
    checks: [],
    steps: [],
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    const load = () =>
      void Promise.all([allChecks(), allSteps()]).then(
        ([checks, steps]) => live && setState({ checks, steps, loaded: true }),
        () => live && setState((s) => ({ ...s, loaded: true })),
      );
    load();
    const off = subscribe(load);
    return () => {
      live = false;
      off();
    };
  }, []);
  return state;
}

/** The check as the device sees it: the server's state with the queued steps applied. */
export function localStatus(check: CachedCheck, steps: QueuedStep[]): 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' {
  const mine = steps.filter((s) => s.checkId === check.id);
  if (check.status === 'COMPLETED' || mine.some((s) => s.kind === 'complete')) return 'COMPLETED';
  if (check.status === 'IN_PROGRESS' || mine.some((s) => s.kind === 'start')) return 'IN_PROGRESS';
  return 'PLANNED';
}
