/** Evidence files: uploads stored by content hash, attached to other modules' records, served with their visibility. */
import { parseIds } from '../../common/ids';
import type { RecordVisibility } from '../../common/visibility';
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { FileReference, StoredFile } from './file.entity';
import { FileService, pruneUnreferencedFiles, type AttachEvidence } from './file.service';
import { fileLoaders } from './files.loaders';
import { filesRouter } from './files.routes';
import { FilesResolver } from './files.resolver';

/** FILE_MAX_MB's default (config/index.ts), for service sets built without the app's settings. */
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface FilesServices {
  files: FileService;
  /** Attach uploaded evidence files to a record (after it has an id). */
  attachEvidence: AttachEvidence;
  /** What POST /files accepts (FILE_MAX_MB), for clients to check a file before sending it. */
  uploadLimits: () => { maxFileBytes: number; maxFileMb: number };
}

declare module '../../graphql/services' {
  interface Services extends FilesServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof fileLoaders> {}
}

export const files = defineModule({
  name: 'files',
  entities: [StoredFile, FileReference],
  resolvers: [FilesResolver],
  services: ({ em, deps }: Services): FilesServices => {
    const files = new FileService(
      em,
      deps.now,
      Object.assign({}, ...deps.modules.map((m) => m.fileVisibility)) as Record<string, RecordVisibility>,
    );
    return {
      files,
      async attachEvidence(p, raw, recordType, record) {
        if (!raw?.length) return;
        const ids = parseIds(raw, 'evidenceFileIds');
        await em.flush();
        await files.attach(p, ids, { recordType, recordId: record.id });
      },
      uploadLimits() {
        const maxFileBytes = deps.files?.maxBytes ?? DEFAULT_MAX_BYTES;
        return { maxFileBytes, maxFileMb: Math.round((maxFileBytes / 1024 / 1024) * 10) / 10 };
      },
    };
  },
  loaders: fileLoaders,
  routes: [
    {
      // Upload, and download with the visibility of the records that use them.
      path: '/files',
      router: ({ config, createContext, log }) =>
        filesRouter({ dir: config.files.dir, maxBytes: config.files.maxBytes, createContext, log }),
    },
  ],
  jobs: [
    {
      name: 'pruning unreferenced files',
      everyMs: () => 600_000,
      run: (j) => pruneUnreferencedFiles(j.em(), j.config.files.dir, j.deps.now()),
    },
  ],
});
