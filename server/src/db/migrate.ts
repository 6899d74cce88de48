/**
 * `npm run db:migrate` applies pending migrations; `npm run db:migration:create [-- --name x]`
 * applies every migration to a fresh scratch database, diffs the entities against it and writes a
 * new migration into migrations/, registering it in migrations/index.ts. Uses DIRECT_DATABASE_URL's
 * or DATABASE_URL's server, or the embedded PostgreSQL.
 *
 * No schema snapshot file: two branches that each add a migration merge without a conflict in a
 * generated JSON file, and the diff is always against what the migrations really build.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot } from '../config';
import { createLogger } from '../logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { openOrm } from './orm';

async function main() {
  const config = loadConfig();
  const log = createLogger({ logLevel: 'info', logFormat: process.stdout.isTTY ? 'pretty' : config.logFormat });
  const create = process.argv.includes('--create');
  const nameArg = process.argv.indexOf('--name');
  const pg = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: create ? path.join(projectRoot, '.data', 'migration-scratch') : config.embeddedDataDir,
      });
  // DIRECT_DATABASE_URL when DATABASE_URL is a transaction pooler.
  let url = config.directDatabaseUrl ?? config.databaseUrl ?? pg!.url('fivestar');
  let scratch: { admin: string; name: string } | null = null;
  if (create) {
    const u = new URL(url);
    const name = `fivestar_authoring_${process.pid}_${Date.now()}`;
    u.pathname = '/postgres';
    scratch = { admin: u.toString(), name };
    await ensureDatabase(scratch.admin, name);
    u.pathname = `/${name}`;
    url = u.toString();
  } else if (pg) await ensureDatabase(pg.url('postgres'), 'fivestar');
  const orm = await openOrm({ databaseUrl: url, poolMax: 2 });
  try {
    const migrator = orm.getMigrator();
    if (create) {
      await migrator.up();
      const result = await migrator.createMigration(
        path.join(projectRoot, 'migrations'),
        false,
        false,
        nameArg > 0 ? process.argv[nameArg + 1] : undefined,
      );
      if (!result.fileName) {
        log.info('No changes: the entities match the last migration.');
        return;
      }
      const cls = result.code.match(/export class (\w+)/)![1];
      const base = result.fileName.replace(/\.ts$/, '');
      const indexFile = path.join(projectRoot, 'migrations', 'index.ts');
      let index = fs.readFileSync(indexFile, 'utf8');
      // Imports in migration order: after the last migration import, or after the type import.
      const imports = [...index.matchAll(/^import \{ Migration\w+ \} from '\.\/Migration\w+';\n/gm)];
      const at = imports.length
        ? imports[imports.length - 1].index! + imports[imports.length - 1][0].length
        : index.indexOf('\n', index.indexOf("from '@mikro-orm/core';")) + 1;
      index = `${index.slice(0, at)}import { ${cls} } from './${base}';\n${index.slice(at)}`;
      index = index
        .replace(/\n\];\n?$/, `\n  { name: '${base}', class: ${cls} },\n];\n`)
        .replace('= [];', `= [\n  { name: '${base}', class: ${cls} },\n];`);
      fs.writeFileSync(indexFile, index);
      log.info(`Created migrations/${result.fileName}; registered in migrations/index.ts.`);
    } else {
      const done = await migrator.up();
      log.info(
        done.length
          ? `Applied ${done.length} migration(s): ${done.map((m) => m.name).join(', ')}`
          : 'Database is up to date.',
      );
    }
  } finally {
    await orm.close(true);
    if (scratch) await dropDatabase(scratch.admin, scratch.name);
    await pg?.stop();
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const r = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (r.rowCount === 0) await c.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await c.end();
  }
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`drop database if exists "${name.replace(/"/g, '""')}"`);
  } finally {
    await c.end();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    createLogger({ logLevel: 'info', logFormat: process.stdout.isTTY ? 'pretty' : 'json' }).error(
      'migrating failed',
      e instanceof Error ? e : String(e),
    );
    process.exit(1);
  });
}
