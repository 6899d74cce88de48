import fs from 'node:fs';
import { dropDatabase } from './db';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.FIVESTAR_TEST_TEMPLATE;
  if (globalThis.__fivestarPg) {
    await globalThis.__fivestarPg.stop();
    if (globalThis.__fivestarPgDir) fs.rmSync(globalThis.__fivestarPgDir, { recursive: true, force: true });
  } else if (template) {
    await dropDatabase(template).catch(() => undefined);
  }
}
