import { useState } from 'react';
import { useNotify } from 'react-admin';

/**
 * One user action against the API, the way every screen runs it: `busy` while it runs (buttons
 * disable themselves), a success notice, then `after` (read the record again); a refused action
 * shows the server's coded message instead. `act` resolves true when the action went through.
 */
export function useAction(after: () => unknown) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const act = async (fn: () => Promise<unknown>, done = 'stars.done_ok'): Promise<boolean> => {
    setBusy(true);
    try {
      await fn();
      notify(done, { type: 'success' });
      await after();
      return true;
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, act };
}
