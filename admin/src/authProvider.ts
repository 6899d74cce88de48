/**
 * Sign-in against the GraphQL API: `login` gives a bearer token with its expiry (kept in
 * localStorage), `logout` revokes it, `me` gives the identity, roles and scope (grants).
 * Without a network (a supervisor on site) the last `me` of this session stands in, so the console
 * opens offline; signing out or the session ending forgets it and empties the device store of the
 * offline form (records and photos).
 */
import type { AuthProvider } from 'ra-core';
import { loginRequest, logoutRequest, meRequest, type Me } from './dataProvider/auth';
import { clearSession, liveToken, saveSession } from './dataProvider/session';
import { canDo, NO_PERMISSIONS, type Permissions } from './permissions';
import { wipe } from './offline/db';

const ME_KEY = 'fivestar.me';

function lastMe(): Me | null {
  try {
    return JSON.parse(localStorage.getItem(ME_KEY) ?? 'null') as Me | null;
  } catch {
    return null;
  }
}

let mePromise: Promise<Me> | null = null;

function loadMe(): Promise<Me> {
  mePromise ??= meRequest().then(
    (me) => {
      localStorage.setItem(ME_KEY, JSON.stringify(me));
      return me;
    },
    (e) => {
      mePromise = null;
      const offline = lastMe();
      // Only a network failure (status 0): a refused token is a refused token.
      if ((e as { status?: number }).status === 0 && offline && liveToken()) return offline;
      throw e;
    },
  );
  return mePromise;
}

/** Read `me` again on the next question (after the password was changed). */
export function forgetIdentity(): void {
  mePromise = null;
}

function forget(): void {
  clearSession();
  localStorage.removeItem(ME_KEY);
  mePromise = null;
  // Whatever happens to the session, the device keeps nothing of it.
  void wipe().catch(() => undefined);
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    forget();
    const r = await loginRequest(String(username ?? '').trim(), String(password ?? ''));
    saveSession({ token: r.token, expiresAt: r.expiresAt });
    localStorage.setItem(ME_KEY, JSON.stringify(r.user));
    mePromise = Promise.resolve(r.user);
  },

  async logout() {
    try {
      // Revoke the token on the server; one that is already dead there (checkError) is just dropped.
      if (liveToken()) await logoutRequest();
    } catch {
      // Signed out here whatever the server says: the session is forgotten below.
    } finally {
      forget();
    }
  },

  async checkAuth() {
    if (!liveToken()) {
      forget();
      throw new Error('ra.auth.auth_check_error');
    }
  },

  async checkError(error: { status?: number; body?: { code?: string } } | undefined) {
    if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
      // react-admin signs out (our logout forgets the session) and says why — but only while
      // checkAuth still passes, so the session is not forgotten here.
      mePromise = null;
      throw new Error('ra.notification.logged_out');
    }
  },

  async getIdentity() {
    const me = await loadMe();
    return {
      id: me.id,
      fullName: me.displayName,
      username: me.username,
      roles: me.roles,
      grants: me.grants,
      mustChangePassword: me.mustChangePassword,
    };
  },

  async getPermissions(): Promise<Permissions> {
    if (!liveToken()) return NO_PERMISSIONS;
    const me = await loadMe();
    return { roles: me.roles, grants: me.grants };
  },

  async canAccess({ action, resource, record }) {
    if (!liveToken()) return false;
    const me = await loadMe();
    return canDo({ roles: me.roles, grants: me.grants }, action, resource, record);
  },
};
