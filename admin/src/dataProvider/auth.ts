/** Sign-in operations of the API (login, logout, me): grammar kept next to the rest of it. */
import { parse } from 'graphql';
import { stripTypename } from './buildQuery';
import { client } from './client';
import { toHttpError } from './errors';

export interface Grant {
  role: string;
  unitId: string;
  starCode: string | null;
  unit: { id: string; name: string; level: string };
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  grants: Grant[];
  person: { id: string; name: string } | null;
}

const ME_FIELDS =
  'id username displayName roles grants { role unitId starCode unit { id name level } } person { id name }';

const LOGIN = parse(
  `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token expiresAt user { ${ME_FIELDS} } } }`,
);
const LOGOUT = parse('mutation Logout { logout }');
const ME = parse(`query Me { me { ${ME_FIELDS} } }`);

export async function loginRequest(
  username: string,
  password: string,
): Promise<{ token: string; expiresAt: string; user: Me }> {
  try {
    const r = await client.mutate<{ login: { token: string; expiresAt: string; user: Me } }>({
      mutation: LOGIN,
      variables: { username, password },
    });
    return stripTypename(r.data!.login);
  } catch (e) {
    throw toHttpError(e);
  }
}

export async function logoutRequest(): Promise<void> {
  try {
    await client.mutate({ mutation: LOGOUT });
  } catch {
    // Already expired or revoked: signing out locally is all that is left to do.
  }
}

export async function meRequest(): Promise<Me> {
  try {
    const r = await client.query<{ me: Me }>({ query: ME });
    return stripTypename(r.data.me);
  } catch (e) {
    throw toHttpError(e);
  }
}
