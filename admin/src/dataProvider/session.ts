/**
 * The signed-in session as the browser keeps it: the bearer token and its expiry, in localStorage
 * (a tab reload keeps the user signed in until the token expires or is revoked).
 */
const TOKEN_KEY = 'fivestar.token';
const EXPIRES_KEY = 'fivestar.expiresAt';

export interface StoredSession {
  token: string;
  expiresAt: string;
}

export function readSession(): StoredSession | null {
  const token = localStorage.getItem(TOKEN_KEY);
  const expiresAt = localStorage.getItem(EXPIRES_KEY);
  return token && expiresAt ? { token, expiresAt } : null;
}

export function saveSession(s: StoredSession): void {
  localStorage.setItem(TOKEN_KEY, s.token);
  localStorage.setItem(EXPIRES_KEY, s.expiresAt);
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(EXPIRES_KEY);
}

/** A token the server will still accept as far as the browser can tell (expiry passed → no). */
export function liveToken(now = Date.now()): string | null {
  const s = readSession();
  if (!s) return null;
  const expires = Date.parse(s.expiresAt);
  return Number.isNaN(expires) || expires <= now ? null : s.token;
}
