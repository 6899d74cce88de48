import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../common/principal';
import type { AuditPlacement } from './supervision.entity';

/** The files module's `attachEvidence` (flushes, checks each file, records the references). */
export type AttachEvidence = (
  p: Principal,
  fileIds: readonly (string | number)[] | null | undefined,
  recordType: string,
  record: { id: number },
) => Promise<void>;

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
