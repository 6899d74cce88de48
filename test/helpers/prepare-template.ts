/**
 * Run by global setup in a child process: migrate and seed the template database given as argv[2].
 * (Loading the ORM inside jest's parent realm would leave MikroORM metadata behind that breaks
 * in-band test files, so this stays out of the jest process.)
 */
import 'reflect-metadata';
import { seedDemo } from '../../server/src/db/demo/seed';
import { openOrm } from '../../server/src/db/orm';
import { migrateJobQueue } from '../../server/src/graphql/job-queue';

async function main() {
  const orm = await openOrm({ databaseUrl: process.argv[2], poolMax: 2 });
  try {
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    // Once here, so that every test database cloned from the template has the job queue's schema.
    await migrateJobQueue(process.argv[2]);
  } finally {
    await orm.close(true);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
