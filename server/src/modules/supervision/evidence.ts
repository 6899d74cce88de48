import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../common/principal';
import type { AttachEvidence } from '../files/public';
import type { AuditPlacement } from './supervision.entity';

/**
 * Attach uploaded evidence to a record created in this unit of work. The audit entries of the new
 * file references follow the record's visibility, or an admin elsewhere could read in the trail
 * that finding #n of a secret check has photos.
 */
export async function attachConfidentialEvidence(
  em: EntityManager,
  attach: AttachEvidence,
  p: Principal,
  record: { id: number; auditPlacement(): AuditPlacement },
  recordType: string,
  fileIds: readonly number[],
): Promise<void> {
  if (!fileIds.length) return;
  await attach(p, fileIds, recordType, record);
  const placement = record.auditPlacement();
  for (const e of em.getUnitOfWork().getPersistStack()) {
    const ref = e as { recordType?: string; recordId?: number; auditPlacement?: () => AuditPlacement };
    if (ref.recordType === recordType && ref.recordId === record.id) ref.auditPlacement = () => placement;
  }
}
