import DataLoader from 'dataloader';
import type { LoaderScope } from '../../graphql/loaders';
import { FileReference, type StoredFile } from './file.entity';

/** Batch loaders of the files module. */
export function fileLoaders({ em }: LoaderScope) {
  return {
    /**
     * Evidence files of records, keyed `RecordType:id` (the record's own visibility has been
     * checked by whoever resolved the record).
     */
    evidence: new DataLoader<string, StoredFile[]>(async (keys) => {
      const pairs = keys.map((k) => {
        const i = k.lastIndexOf(':');
        return { recordType: k.slice(0, i), recordId: Number(k.slice(i + 1)) };
      });
      const refs = await em.find(FileReference, { $or: pairs }, { populate: ['file'], orderBy: { id: 'asc' } });
      const map = new Map<string, StoredFile[]>();
      for (const r of refs) {
        const k = `${r.recordType}:${r.recordId}`;
        if (!map.has(k)) map.set(k, []);
        map.get(k)!.push(r.file);
      }
      return keys.map((k) => map.get(k) ?? []);
    }),
  };
}
