/** `npm run schema:print` writes schema.graphql; `npm run schema:check` fails when it is stale. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { printAppSchema } from './schema';

async function main() {
  const file = path.join(projectRoot, 'schema.graphql');
  const sdl = await printAppSchema();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== sdl) {
      console.error('schema.graphql is stale: run `npm run schema:print` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date.');
  } else {
    fs.writeFileSync(file, sdl);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
