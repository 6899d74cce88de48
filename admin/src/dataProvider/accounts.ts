/**
 * Account screens that are not react-admin CRUD: activation, grants, password resets (the
 * temporary password shown once), the user's own password and sessions. Listing, reading, creating
 * and editing accounts go through buildQuery as usual (resources.ts: `users`).
 */
import { graphql } from '../gql';
import type { MySessionsQuery } from '../gql/graphql';
import { call } from './call';

const GRANT_FIELDS = graphql(`
  fragment AccountGrants on User {
    id
    version
    active
    mustChangePassword
    roles
    grants {
      id
      role
      unitId
      starCode
      unit {
        id
        name
      }
    }
  }
`);
void GRANT_FIELDS;

const DEACTIVATE = graphql(`
  mutation DeactivateUser($id: ID!) {
    data: deactivateUser(id: $id) {
      ...AccountGrants
    }
  }
`);

const REACTIVATE = graphql(`
  mutation ReactivateUser($id: ID!) {
    data: reactivateUser(id: $id) {
      ...AccountGrants
    }
  }
`);

const GRANT = graphql(`
  mutation GrantRole($userId: ID!, $input: RoleGrantInput!) {
    data: grantRole(userId: $userId, input: $input) {
      ...AccountGrants
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeRole($id: ID!) {
    data: revokeRole(roleAssignmentId: $id) {
      ...AccountGrants
    }
  }
`);

const RESET = graphql(`
  mutation ResetPassword($userId: ID!) {
    data: resetPassword(userId: $userId) {
      temporaryPassword
      user {
        id
        username
        displayName
      }
    }
  }
`);

const CHANGE = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    data: changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      mustChangePassword
    }
  }
`);

const SESSIONS = graphql(`
  query MySessions {
    data: mySessions {
      id
      userAgent
      address
      createdAt
      lastUsedAt
      expiresAt
      current
    }
  }
`);

const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    data: revokeSession(id: $id)
  }
`);

export type MySession = MySessionsQuery['data'][number];

export const accountsProvider = {
  /** 停用: the account's sessions end at once. */
  deactivateUser: (id: string) => call(DEACTIVATE, { id }),
  /** 启用 (district admins). */
  reactivateUser: (id: string) => call(REACTIVATE, { id }),
  grantRole: (userId: string, input: { role: string; unitId: string; starCode?: string | null }) =>
    call(GRANT, { userId, input: input as never }),
  revokeRole: (id: string) => call(REVOKE, { id }),
  /** 重置密码: answers a temporary password, shown once. */
  resetPassword: (userId: string) => call(RESET, { userId }),
  changePassword: (currentPassword: string, newPassword: string) => call(CHANGE, { currentPassword, newPassword }),
  mySessions: () => call(SESSIONS, {}),
  revokeSession: (id: string) => call(REVOKE_SESSION, { id }),
};
