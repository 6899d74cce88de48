/**
 * Test databases: global setup builds a template (migrations + demo data) once per run; every test
 * file clones it (CREATE DATABASE … TEMPLATE, ~100 ms) and drops its clone at the end. Nothing
 * destructive ever runs on a database whose name does not carry the test prefix.
 */
import { Client } from 'pg';

export const TEST_DB_PREFIX = 'fivestar_t_';

export function adminUrl(): string {
  const url = process.env.FIVESTAR_TEST_ADMIN_URL;
  if (!url) throw new Error('FIVESTAR_TEST_ADMIN_URL is not set: run the tests through jest (global setup)');
  return url;
}

export function urlFor(database: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

export function assertTestDatabase(name: string): void {
  if (!name.startsWith(TEST_DB_PREFIX) || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`refusing to touch "${name}": test databases are named ${TEST_DB_PREFIX}*`);
  }
}

export async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl() });
  c.on('error', () => undefined);
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createDatabase(name: string, template?: string): Promise<void> {
  assertTestDatabase(name);
  if (template) assertTestDatabase(template);
  await withAdmin(async (c) => {
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  });
}

export async function dropDatabase(name: string): Promise<void> {
  assertTestDatabase(name);
  await withAdmin((c) => c.query(`drop database if exists "${name}" with (force)`));
}
