/** Accounts: users, their roles, passwords and sessions, managed by delegation (docs/domain/accounts.md). */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { AccountResolver } from './accounts.resolver';
import { AccountService } from './accounts.service';
import { SessionResolver } from './sessions.resolver';

export interface AccountsServices {
  accounts: AccountService;
}

declare module '../../graphql/services' {
  interface Services extends AccountsServices {}
}

export const accounts = defineModule({
  name: 'accounts',
  entities: [],
  resolvers: [AccountResolver, SessionResolver],
  services: ({ em, deps }: Services): AccountsServices => ({ accounts: new AccountService(em, deps.now) }),
});
