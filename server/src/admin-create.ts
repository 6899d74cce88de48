/**
 * `npm run admin:create -- --username <name> --display-name <name> [--unit-name 二七区] [--force]`:
 * the first district administrator (modules/accounts/first-admin.ts), on DATABASE_URL or on the
 * embedded PostgreSQL of `npm start` (same data directory; stop the server first). Applies pending
 * migrations first, so it works on an empty database.
 *
 * The password: the first line of standard input when input is piped (`printf '%s\n' "$PW" | npm run
 * admin:create -- …`); when standard input is a terminal, or the piped line is empty, a strong one is
 * generated and printed once. Exit codes: 0 done, 1 refused or failed, 2 bad arguments.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embedded-postgres';
import { ensureDatabase } from './db/migrate';
import { openOrm } from './db/orm';
import { AppError } from './common/errors';
import { messageOf } from './common/reasons';
import { AdminCreateReasons } from './modules/accounts/accounts.errors';
import { createFirstAdmin } from './modules/accounts/first-admin';
import { generatedPassword } from './modules/accounts/password-policy';

async function readPassword(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const first = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  return first.length ? first : null;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        username: { type: 'string' },
        'display-name': { type: 'string' },
        'unit-name': { type: 'string' },
        force: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch {
    args = null;
  }
  if (!args?.username || !args['display-name']) {
    console.error(messageOf(AdminCreateReasons.BAD_ARGUMENTS));
    return 2;
  }
  const config = loadConfig();
  const piped = await readPassword();
  const password = piped ?? generatedPassword();
  let pg: RunningPostgres | null = null;
  try {
    let url = config.databaseUrl;
    if (!url) {
      pg = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, log: () => undefined });
      await ensureDatabase(pg.url('postgres'), 'fivestar');
      url = pg.url('fivestar');
    }
    const orm = await openOrm({ databaseUrl: url, poolMax: 2 });
    try {
      await orm.getMigrator().up();
      const r = await createFirstAdmin(orm.em.fork(), {
        username: args.username,
        displayName: args['display-name'],
        unitName: args['unit-name'] ?? null,
        password,
        force: args.force,
      });
      const lines = [
        r.createdUnit
          ? `已创建区 Created the district: ${r.unit.name} (id ${r.unit.id})`
          : `区 District: ${r.unit.name}`,
        `${r.reusedAccount ? '已重设账号 Reset the account' : '已创建区级管理员 Created the district admin'}: ${r.user.username} (id ${r.user.id})`,
      ];
      if (r.otherAdmins.length)
        lines.push(`--force：已有的管理员 existing admins: ${r.otherAdmins.join(', ')}（已记入审计 audited）`);
      if (!piped)
        lines.push(`密码（只显示这一次，请立即保存）Password, shown this once — keep it now:`, `  ${password}`);
      console.log(lines.join('\n'));
      return 0;
    } finally {
      await orm.close(true);
    }
  } catch (e) {
    if (e instanceof AppError || e instanceof ConfigError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  } finally {
    await pg?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
