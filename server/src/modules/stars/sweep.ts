import type { EntityManager } from '@mikro-orm/postgresql';
import { createServices, type ServiceDeps } from '../../graphql/services';
import { appendAudit, auditCollector, entriesFromChangeSets } from '../audit/public';
import { ApplicationStatus } from './rating.enums';
import { StarApplication } from './rating.entity';

/**
 * The scheduled award sweep: each application whose public notice period has passed without an open
 * or upheld objection is awarded in its own transaction (with its audit entries). Returns the ids awarded.
 */
export async function sweepStarAwards(em: EntityManager, deps: ServiceDeps): Promise<number[]> {
  const probe = createServices(em.fork(), deps).ratings;
  const due = await em
    .fork()
    .find(
      StarApplication,
      { status: ApplicationStatus.PUBLIC_NOTICE, noticeEndsOn: { $lt: probe.today() } },
      { fields: ['id'] },
    );
  const awarded: number[] = [];
  for (const { id } of due) {
    try {
      await em.fork().transactional(async (tx) => {
        const changeSets = auditCollector.track(tx);
        await createServices(tx, deps).ratings.finalize(null, id);
        await tx.flush();
        await appendAudit(
          tx,
          entriesFromChangeSets(changeSets, {
            at: deps.now(),
            userId: null,
            username: null,
            operation: 'sweepStarAwards',
            address: null,
          }),
        );
      });
      awarded.push(id);
    } catch {
      // an open objection, the fifth-star rule, or another process got there first: left as it is
    }
  }
  return awarded;
}
