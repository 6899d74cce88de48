import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { liveToken } from './dataProvider/session';

// Without a live session, open on the sign-in page itself. Letting react-admin find out (render the
// layout, fail the auth check, log out, navigate) starts a storm of re-checks that keeps the
// navigation to /login waiting for seconds on a slow machine.
// The page asked for is kept in the history state, where react-admin's login looks for it, so a deep
// link still lands there after signing in.
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
