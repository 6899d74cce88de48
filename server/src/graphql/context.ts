import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, auditCollector, entriesFromChangeSets } from '../modules/audit/audit.service';
import { checkKey, complete, reserve } from '../modules/audit/idempotency';
import type { Principal } from '../common/principal';
import { TokenKind } from '../common/roles';
import { fail } from '../common/reasons';
import { AuthReasons } from '../modules/auth/auth.errors';
import type { TokenProblem } from '../modules/auth/auth.service';
import { shanghaiDate } from '../common/dates';
import { createLoaders, type Loaders } from './loaders';
import { createServices, type ServiceDeps, type Services } from './services';
import { versionOf, writeInTurn, type RecordWrite } from './record-writers';

/**
 * How a mutation runs. `clientMutationId` with `input` makes it idempotent (a retry replays the
 * first attempt's result); `record` names the one record it changes and the version its client
 * read, so that writers of that record wait in line in this process instead of in the pool.
 */
export interface MutateOptions {
  clientMutationId?: string | null;
  input?: unknown;
  record?: RecordWrite;
}

export interface Context {
  em: EntityManager;
  principal: Principal | null;
  /** Why a bearer token that was sent could not be used (expired, revoked …). */
  tokenProblem: TokenProblem | null;
  address: string | null;
  /** The client's User-Agent header (recorded with a new session). */
  userAgent: string | null;
  services: Services;
  loaders: Loaders;
  now: () => Date;
  /**
   * Where this request's public absolute URLs start (PUBLIC_BASE_URL, else the request's own scheme
   * and host, no trailing slash), as the public feed builds them; absent outside an HTTP request.
   */
  publicBaseUrl?: string;
  /**
   * Run a mutation as one unit of work: one transaction, one flush, its audit entries (recorded
   * under `operation`, the mutation's name), all or nothing. With `idempotent.clientMutationId`,
   * a retry returns the record the first attempt created and writes nothing. With `record`, a
   * version another writer in this process has already outdated is refused before any connection
   * is taken (CONFLICT, as the database would answer).
   */
  mutate<T extends object>(operation: string, fn: (s: Services) => Promise<T>, options?: MutateOptions): Promise<T>;
  /**
   * Set when `principal` came from this process's session cache: reads the session again from the
   * database and answers what `principal` and `tokenProblem` now are (updating this context, which
   * `mutate` reads). Every mutation runs it first (app.ts `freshSessionPlugin`), so that no write acts
   * on a session another process has just ended before that process's notification arrived.
   */
  freshen?: () => Promise<Pick<Context, 'principal' | 'tokenProblem'>>;
}

/**
 * Idempotent mutations in flight in this process, by user and key. A retry that arrives while its
 * first attempt runs waits here, holding no database connection, and then replays; without this,
 * each retry of a storm would hold a pooled connection blocked on the key's row until the first
 * attempt commits (and could exhaust the pool). Retries reaching another process still wait in
 * PostgreSQL, which stays correct.
 */
const inFlight = new Map<string, Promise<unknown>>();

export function buildContext(
  em: EntityManager,
  deps: ServiceDeps,
  principal: Principal | null,
  tokenProblem: TokenProblem | null,
  address: string | null,
  userAgent: string | null = null,
): Context {
  const ctx: Context = {
    em,
    principal,
    tokenProblem,
    address,
    userAgent,
    services: createServices(em, deps),
    loaders: createLoaders(em, deps.modules, () => shanghaiDate(deps.now()), deps.now),
    now: deps.now,
    mutate: <T extends object>(
      operation: string,
      fn: (s: Services) => Promise<T>,
      options?: MutateOptions,
    ): Promise<T> => {
      // The principal as it stands when the mutation runs (`freshen` may have read it again).
      const principal = ctx.principal;
      if (principal?.tokenKind === TokenKind.API) {
        return Promise.reject(fail(AuthReasons.READ_ONLY_TOKEN));
      }
      const key = options?.clientMutationId ? checkKey(options.clientMutationId) : null;
      const record = options?.record;
      let written: number | null = null;
      const transaction = (): Promise<T> =>
        em
          .transactional(async (tx) => {
            if (key && principal) {
              const earlier = await reserve(tx, {
                userId: principal.userId,
                key,
                operation,
                input: options!.input,
                now: deps.now(),
              });
              if (earlier)
                return (await tx.findOneOrFail<object>(
                  earlier.type,
                  (earlier.type === 'StarType' ? { code: earlier.id } : { id: Number(earlier.id) }) as never,
                )) as T;
            }
            const changeSets = auditCollector.track(tx);
            const result = await fn(createServices(tx, deps));
            await tx.flush();
            if (record) written = versionOf(tx, record);
            if (key && principal) await complete(tx, principal.userId, key, result);
            const entries = entriesFromChangeSets(changeSets, {
              at: deps.now(),
              userId: principal?.userId ?? null,
              username: principal?.username ?? null,
              operation,
              address,
            });
            await appendAudit(tx, entries);
            return result;
          })
          .finally(() => {
            // A mutation may have changed what sessions resolve to (a token, a user, roles, unit
            // paths, some by plain SQL): this process forgets them at once; the others are notified
            // by the database when it matters (principal-cache.ts). Mutations are rare next to reads.
            deps.sessions?.clear();
          });
      const attempt = record
        ? () => writeInTurn(record, principal?.userId ?? null, transaction, () => written)
        : transaction;
      if (!key || !principal) return attempt();
      const flight = `${principal.userId}:${key}`;
      const ahead = inFlight.get(flight);
      // Whatever the first attempt's outcome, this one then runs: it replays a committed result, or
      // (the first failed and reserved nothing) does the work itself.
      if (ahead) return ahead.then(attempt, attempt);
      const first = attempt();
      inFlight.set(flight, first);
      const done = () => {
        if (inFlight.get(flight) === first) inFlight.delete(flight);
      };
      first.then(done, done);
      return first;
    },
  };
  return ctx;
}
