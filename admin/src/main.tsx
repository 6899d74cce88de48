import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerSW } from 'virtual:pwa-register';
import { liveToken } from './dataProvider/session';
import { wipe } from './offline/db';

// Without a live session, open on the sign-in page itself. Letting react-admin find out (render the
// layout, fail the auth check, log out, navigate) starts a storm of re-checks that keeps the
// navigation to /login waiting for seconds on a slow machine.
// The page asked for is kept in the history state, where react-admin's login looks for it, so a deep
// link still lands there after signing in.
// A session that ended while the console was closed leaves nothing on the device (the offline
// form's records and photos).
if (!liveToken()) void wipe().catch(() => undefined);

if (!liveToken() && !window.location.hash.startsWith('#/login')) {
  const [pathname, search = ''] = window.location.hash.replace(/^#/, '').split('?');
  const wanted =
    pathname && pathname !== '/' ? { nextPathname: pathname, nextSearch: search ? `?${search}` : '' } : undefined;
  window.history.replaceState(
    { usr: wanted, key: 'default', idx: 0 },
    '',
    `${window.location.pathname}${window.location.search}#/login`,
  );
}

// After a redeploy, a console left open asks for chunks the new build no longer has (the server
// answers 404): reload once to pick up the new build; a second failure within a minute shows as an
// error instead of reloading in a loop.
window.addEventListener('vite:preloadError', (event) => {
  const key = 'fivestar.reloadedForChunkAt';
  if (Date.now() - Number(sessionStorage.getItem(key) ?? 0) < 60_000) return;
  sessionStorage.setItem(key, String(Date.now()));
  event.preventDefault();
  window.location.reload();
});

// The service worker (vite-plugin-pwa): after one visit the console opens without a network; a new
// release takes over on the next start.
if (import.meta.env.PROD && 'serviceWorker' in navigator) registerSW({ immediate: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
