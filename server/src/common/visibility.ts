/**
 * Visibility rules a module declares for its records (in its manifest), so that modules which hold
 * things about other modules' records (files, the audit trail) can follow those records' visibility
 * without importing them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './principal';

/** Which of these records (ids of one record type) may the principal read? */
export type RecordVisibility = (em: EntityManager, principal: Principal, recordIds: number[]) => Promise<Set<number>>;

/** The visibility refs ("SpotCheck:12") of confidential records the principal may see. */
export type AuditVisibility = (em: EntityManager, principal: Principal) => Promise<string[]>;
