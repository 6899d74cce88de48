/**
 * Sign-in against the GraphQL API: `login` gives a bearer token with its expiry (kept in
 * localStorage), `logout` revokes it, `me` gives the identity, roles and scope (grants).
 */
import type { AuthProvider } from 'ra-core';
import { loginRequest, logoutRequest, meRequest, type Me } from './dataProvider/auth';
import { clearSession, liveToken, saveSession } from './dataProvider/session';
import { canDo, NO_PERMISSIONS, type Permissions } from './permissions';

let mePromise: Promise<Me> | null = null;

function loadMe(): Promise<Me> {
  mePromise ??= meRequest().catch((e) => {
    mePromise = null;
    throw e;
  });
  return mePromise;
}

/** Read `me` again on the next question (after the password was changed). */
export function forgetIdentity(): void {
  mePromise = null;
}

function forget(): void {
  clearSession();
  mePromise = null;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    forget();
    const r = await loginRequest(String(username ?? '').trim(), String(password ?? ''));
    saveSession({ token: r.token, expiresAt: r.expiresAt });
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
