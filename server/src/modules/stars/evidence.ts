import { parseIds } from '../../common/ids';
import { badInput } from '../../common/errors';
import type { Principal } from '../auth/principal';
import type { Services } from '../../graphql/services';

/**
 * Attach evidence files to a record through the files module (files.attach checks ownership and
 * records the reference). Until the files module is present, any file id is refused.
 */
export async function attachEvidence(s: Services, p: Principal, raw: readonly (string | number)[] | null | undefined, recordType: string, record: { id: number }): Promise<void> {
  if (!raw?.length) return;
  const ids = parseIds(raw, 'evidenceFileIds');
  const files = (s as unknown as { files?: { attach(p: Principal, ids: number[], ref: { recordType: string; recordId: number }): Promise<unknown> } }).files;
  if (!files) throw badInput('evidenceFileIds', 'FILES.UNAVAILABLE', '佐证材料服务不可用 (evidence files are not available)');
  await s.em.flush();
  await files.attach(p, ids, { recordType, recordId: record.id });
}
