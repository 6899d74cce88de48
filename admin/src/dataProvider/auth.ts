/** Sign-in operations of the API (login, logout, me): grammar kept next to the rest of it. */
import { graphql } from '../gql';
import type { SignedInUserFragment } from '../gql/graphql';
import { stripTypename } from './buildQuery';
import { client } from './client';
import { toHttpError } from './errors';

/** The signed-in user: who they are and where they may act. */
export type Me = SignedInUserFragment;
export type Grant = Me['grants'][number];

graphql(`
  fragment SignedInUser on User {
    id
    username
    displayName
    mustChangePassword
    roles
    grants {
      role
      unitId
      starCode
      unit {
        id
        name
        level
      }
    }
    person {
      id
      name
    }
  }
`);

const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        ...SignedInUser
      }
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

const ME = graphql(`
  query Me {
    me {
      ...SignedInUser
    }
  }
`);

export async function loginRequest(
  username: string,
  password: string,
): Promise<{ token: string; expiresAt: string; user: Me }> {
  try {
    const r = await client.mutate({
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
    const r = await client.query({ query: ME });
    return stripTypename(r.data.me);
  } catch (e) {
    throw toHttpError(e);
  }
}
