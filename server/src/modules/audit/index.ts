/** The tamper-evident audit trail of every mutation, and idempotent retries of create mutations. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { AuditEntry } from './audit.entity';
import { auditLoaders } from './audit.loaders';
import { AuditEntryResolver, AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { pruneIdempotencyKeys } from './idempotency';
import { IdempotencyKey } from './idempotency.entity';

export interface AuditServices {
  audit: AuditService;
}

declare module '../../graphql/services' {
  interface Services extends AuditServices {}
}

export type AuditLoaders = ReturnType<typeof auditLoaders>;

declare module '../../graphql/loaders' {
  interface Loaders extends AuditLoaders {}
}

export const audit = defineModule({
  name: 'audit',
  entities: [AuditEntry, IdempotencyKey],
  resolvers: [AuditResolver, AuditEntryResolver],
  loaders: auditLoaders,
  services: ({ em, deps }: Services): AuditServices => ({
    audit: new AuditService(
      em,
      deps.modules.flatMap((m) => m.auditVisibility ?? []),
    ),
  }),
  jobs: [
    {
      name: 'pruning idempotency keys',
      everyMs: () => 600_000,
      run: (j) => pruneIdempotencyKeys(j.em(), j.deps.now()),
    },
  ],
});
