/** Spreadsheet imports and exports of units, people and positions: templates, dry runs, batches. */
import path from 'node:path';
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { ImportBatch } from './import-batch.entity';
import { ImportBatchResolver } from './imports.resolver';
import { exportsRouter, importsRouter } from './imports.routes';
import { ImportService } from './imports.service';

export interface ImportsServices {
  imports: ImportService;
}

declare module '../../graphql/services' {
  interface Services extends ImportsServices {}
}

export const imports = defineModule({
  name: 'imports',
  entities: [ImportBatch],
  resolvers: [ImportBatchResolver],
  services: ({ em, deps }: Services): ImportsServices => ({ imports: new ImportService(em, deps.now) }),
  routes: [
    {
      path: '/imports',
      router: ({ config, createContext, log }) =>
        importsRouter({
          createContext,
          log,
          tmpDir: path.join(config.files.dir, 'tmp'),
          maxBytes: config.imports.maxBytes,
          limits: { maxRows: config.imports.maxRows, maxUnzippedBytes: config.imports.maxUnzippedBytes },
        }),
    },
    { path: '/exports', router: ({ createContext, log }) => exportsRouter({ createContext, log }) },
  ],
});
