/** Accounts, sign-in sessions, role grants, API tokens and rate limits. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { ApiTokenResolver } from './api-token.resolver';
import { ApiTokenService } from './api-token.service';
import { authLoaders } from './auth.loaders';
import { AuthResolver, RoleAssignmentResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { pruneRateLimits } from './rate-limit';
import { RateLimitCounter } from './rate-limit.entity';
import { AuthToken, LoginAttempt, RoleAssignment, User } from './user.entity';

export interface AuthServices {
  auth: AuthService;
  apiTokens: ApiTokenService;
}

declare module '../../graphql/services' {
  interface Services extends AuthServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof authLoaders> {}
}

export const auth = defineModule({
  name: 'auth',
  entities: [User, RoleAssignment, AuthToken, LoginAttempt, RateLimitCounter],
  resolvers: [AuthResolver, RoleAssignmentResolver, ApiTokenResolver],
  services: ({ em, deps }: Services): AuthServices => ({
    auth: new AuthService(em, deps.auth, deps.now, deps.sessions),
    apiTokens: new ApiTokenService(em, deps.auth, deps.now),
  }),
  loaders: authLoaders,
  jobs: [
    {
      name: 'pruning old rate-limit windows',
      everyMs: () => 600_000,
      run: (j) => pruneRateLimits(j.em(), j.deps.now()),
    },
  ],
});
