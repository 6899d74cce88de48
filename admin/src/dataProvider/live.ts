/**
 * Live events for the console: one graphql-ws connection to the same origin's /graphql (no CDN,
 * no other host), authenticated with the session's token when it opens. The server sends only what
 * this user may read; the console uses the events as "something changed" signals and reloads what
 * it shows. Reconnects with back-off while signed in; a closed session (4401, 4403) stops it.
 */
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef } from 'react';
import { readSession } from './session';

const EVENT_ADDED = `subscription ConsoleEventAdded { eventAdded { id type resourceType } }`;

export interface LiveEvent {
  id: string;
  type: string;
  resourceType: string;
}

let shared: { client: Client; token: string; listeners: Set<(e: LiveEvent) => void>; stop: () => void } | null = null;

function connect(token: string) {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const client = createClient({
    url,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 20,
    shouldRetry: (e) => ![4401, 4403].includes((e as CloseEvent)?.code),
    lazy: true,
  });
  const listeners = new Set<(e: LiveEvent) => void>();
  const stop = client.subscribe<{ eventAdded: LiveEvent }>(
    { query: EVENT_ADDED },
    {
      next: (v) => {
        if (v.data) for (const l of listeners) l(v.data.eventAdded);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return { client, token, listeners, stop };
}

/** Calls `onChange` (at most once per `quietMs`) whenever an event the user may see is committed. */
export function useLiveEvents(onChange: (e: LiveEvent) => void, quietMs = 1000): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const session = readSession();
    if (!session || typeof WebSocket === 'undefined') return;
    if (!shared || shared.token !== session.token) {
      if (shared) {
        shared.stop();
        void shared.client.dispose();
      }
      shared = connect(session.token);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: LiveEvent | null = null;
    const listener = (e: LiveEvent) => {
      pending = e;
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (pending) latest.current(pending);
        pending = null;
      }, quietMs);
    };
    const mine = shared;
    mine.listeners.add(listener);
    return () => {
      clearTimeout(timer);
      mine.listeners.delete(listener);
    };
  }, [quietMs]);
}
