import { dataOf, errorOf, jsonObject, startTestApp, type TestApp } from '../helpers/app';
import pg from 'pg';
import { appendAudit, AUDIT_LOCK_SPACE, type AuditInput } from '../../server/src/modules/audit/audit.service';
import { graphql } from '../gql';

const SEARCH = graphql(`
  query AuditAuditEntries($f: AuditFilterInput) {
    auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {
      total
      items {
        id
        at
        userId
        username
        operation
        targetType
        targetId
        action
        changes
        address
        chain
        prevHash
        hash
      }
    }
  }
`);

describe('audit trail', () => {
  let t: TestApp;
  let admin: string;
  let unit: { id: string; name: string; version: number };
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    unit = dataOf(
      await t.gql(
        graphql(`
          query AuditUnits {
            units(filter: { level: TOWNSHIP }, perPage: 1) {
              items {
                id
                name
                version
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).units.items[0];
  });
  afterAll(() => t.close());

  it('records who changed which fields of what, from where, in the same transaction', async () => {
    dataOf(
      await t.gql(
        graphql(`
          mutation AuditUpdateUnit($id: ID!, $v: Int) {
            updateUnit(id: $id, input: { name: "审计测试街道", version: $v }) {
              id
            }
          }
        `),
        { id: unit.id, v: unit.version },
        admin,
      ),
    );
    const entries = dataOf(await t.gql(SEARCH, { f: { targetType: 'Unit', targetId: unit.id } }, admin)).auditEntries
      .items;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      username: 'admin',
      operation: 'updateUnit',
      action: 'UPDATE',
      targetType: 'Unit',
      targetId: unit.id,
      address: expect.stringMatching(/127\.0\.0\.1/),
    });
    expect(jsonObject(entries[0].changes).name).toEqual({ before: unit.name, after: '审计测试街道' });
    expect(jsonObject(entries[0].changes).version).toEqual({ before: unit.version, after: unit.version + 1 });
  });

  it('a refused mutation leaves no entry', async () => {
    const before = dataOf(await t.gql(SEARCH, {}, admin)).auditEntries.total;
    errorOf(
      await t.gql(
        graphql(`
          mutation AuditUpdateUnitId($id: ID!) {
            updateUnit(id: $id, input: { parentId: $id }) {
              id
            }
          }
        `),
        { id: unit.id },
        admin,
      ),
    );
    expect(dataOf(await t.gql(SEARCH, {}, admin)).auditEntries.total).toBe(before);
  });

  it('records sign-ins (failed ones too) without any secret', async () => {
    await t.gql(
      graphql(`
        mutation LoginToken {
          login(username: "leader", password: "wrong-guess") {
            token
          }
        }
      `),
    );
    const token = await t.login('leader');
    const entries = dataOf(await t.gql(SEARCH, { f: { operation: 'login' } }, admin)).auditEntries.items;
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['LOGIN_FAILED', 'LOGIN_SUCCEEDED']));
    const all = JSON.stringify(dataOf(await t.gql(SEARCH, {}, admin)));
    expect(all).not.toContain('wrong-guess');
    expect(all).not.toContain(token);
    expect(all).not.toContain('$argon2');
  });

  const NAMED = graphql(`
    query AuditNamedEntries($f: AuditFilterInput) {
      auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {
        total
        items {
          id
          operation
          targetType
          targetId
          targetLabel
          userId
          actorName
        }
      }
    }
  `);

  it("names targets and actors: a unit by its name, a user by theirs, a transition by its application's branch", async () => {
    const me = dataOf(
      await t.gql(
        graphql(`
          query AuditMe {
            me {
              id
              displayName
            }
          }
        `),
        {},
        admin,
      ),
    ).me;
    const [edit] = dataOf(await t.gql(NAMED, { f: { targetType: 'Unit', targetId: unit.id } }, admin)).auditEntries
      .items;
    expect(edit).toMatchObject({ targetLabel: '审计测试街道', actorName: me.displayName });
    const township = await t.login('township');
    const queue = dataOf(
      await t.gql(
        graphql(`
          query AuditQueue {
            starApplications(filter: { status: SUBMITTED }, perPage: 1) {
              items {
                id
                branch {
                  name
                }
              }
            }
          }
        `),
        {},
        township,
      ),
    ).starApplications.items;
    expect(queue).toHaveLength(1);
    dataOf(
      await t.gql(
        graphql(`
          mutation AuditReview($id: ID!) {
            reviewStarApplication(id: $id, input: { decision: APPROVE, comment: "审计测试" }) {
              id
            }
          }
        `),
        { id: queue[0].id },
        township,
      ),
    );
    const review = dataOf(await t.gql(NAMED, { f: { operation: 'reviewStarApplication' } }, admin)).auditEntries.items;
    const transition = review.find((e) => e.targetType === 'StarApplicationTransition');
    const application = review.find((e) => e.targetType === 'StarApplication');
    expect(transition?.targetLabel).toBe(queue[0].branch.name);
    expect(application?.targetLabel).toBe(queue[0].branch.name);
    expect(transition?.actorName).toBeTruthy();
    expect(transition?.actorName).not.toBe(me.displayName);
    // Signing in names the user signed in; an unknown user is named by nobody.
    const logins = dataOf(await t.gql(NAMED, { f: { operation: 'login' } }, admin)).auditEntries.items;
    const own = logins.find((e) => e.userId === me.id);
    expect(own).toMatchObject({ targetType: 'User', targetLabel: me.displayName, actorName: me.displayName });
  });

  it('leaves out sign-ins in one filter', async () => {
    const all = dataOf(await t.gql(NAMED, {}, admin)).auditEntries;
    const withoutSignIns = dataOf(await t.gql(NAMED, { f: { excludeSignIns: true } }, admin)).auditEntries;
    expect(all.items.some((e) => e.operation === 'login')).toBe(true);
    expect(withoutSignIns.total).toBeLessThan(all.total);
    expect(withoutSignIns.items.filter((e) => ['login', 'logout'].includes(e.operation))).toEqual([]);
    expect(withoutSignIns.items.map((e) => e.operation)).toContain('updateUnit');
  });

  it('is searchable by district admins only', async () => {
    const township = await t.login('township');
    expect(errorOf(await t.gql(SEARCH, {}, township)).extensions.code).toBe('FORBIDDEN');
    expect(
      errorOf(
        await t.gql(
          graphql(`
            query VerifyAuditChainValid {
              verifyAuditChain {
                valid
              }
            }
          `),
          {},
          township,
        ),
      ).extensions.code,
    ).toBe('FORBIDDEN');
  });

  it("cannot be changed or deleted by the application's database role", async () => {
    const em = t.orm.em.fork();
    await expect(em.execute(`update audit_entry set operation = 'x'`)).rejects.toThrow(/append-only/);
    await expect(em.execute('delete from audit_entry')).rejects.toThrow(/append-only/);
    await expect(em.execute('truncate audit_entry')).rejects.toThrow(/append-only/);
  });

  it('stays valid chains under concurrent mutations: each chain links its own entries in commit order', async () => {
    const people = dataOf(
      await t.gql(
        graphql(`
          query AuditPeople {
            people(perPage: 20) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).people.items;
    const results = await Promise.all(
      people.map((p, i) =>
        t.gql(
          graphql(`
            mutation UpdatePersonId($id: ID!, $t: String) {
              updatePerson(id: $id, input: { title: $t }) {
                id
              }
            }
          `),
          { id: p.id, t: `并发 ${i}` },
          admin,
        ),
      ),
    );
    results.forEach((r) => dataOf(r));
    const v = dataOf(
      await t.gql(
        graphql(`
          query AuditVerifyPerChain {
            verifyAuditChain {
              valid
              checked
              chains
              firstInvalidId
            }
          }
        `),
        {},
        admin,
      ),
    ).verifyAuditChain;
    expect(v.valid).toBe(true);
    expect(v.checked).toBeGreaterThanOrEqual(people.length + 3);
    // The people are the district's; sign-ins and the catalog are on the shared chain.
    expect(v.chains).toBeGreaterThanOrEqual(2);
    const entries = dataOf(await t.gql(SEARCH, {}, admin)).auditEntries.items;
    const updates = entries.filter((e) => e.operation === 'updatePerson');
    expect(updates.length).toBeGreaterThanOrEqual(people.length);
    expect(new Set(updates.map((e) => e.chain))).toEqual(new Set([expect.stringMatching(/^district:\d+$/)]));
    const byChain = new Map<string, typeof entries>();
    for (const e of entries) byChain.set(e.chain, [...(byChain.get(e.chain) ?? []), e]);
    for (const chain of byChain.values())
      for (let i = 0; i < chain.length - 1; i++) expect(chain[i].prevHash).toBe(chain[i + 1].hash);
  });

  it("locks one district's chain only: a write in another district goes on while it is held, one in the same district waits", async () => {
    const em = t.orm.em.fork();
    const [a] = await em.execute<{ id: number; path: string }[]>(
      `select id, path from unit where level = 'DISTRICT' order by id limit 1`,
    );
    const [b] = await em.execute<{ id: number }[]>(
      `insert into unit (name, code, level, parent_id, path, depth) values ('审计链测试区', 'AUDIT-CHAIN-B', 'DISTRICT', null, '', 0) returning id`,
    );
    await em.execute(`update unit set path = ? where id = ?`, [`${b.id}.`, b.id]);
    const entry = (scopePath: string, targetId: string): AuditInput => ({
      at: new Date(),
      userId: null,
      username: 'chain-test',
      operation: 'chainTest',
      targetType: 'Unit',
      targetId,
      action: 'UPDATE',
      changes: { name: { after: targetId } },
      address: null,
      scopePath,
    });
    const holder = new pg.Client({ connectionString: t.orm.config.get('clientUrl') });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_SPACE, `district:${a.id}`]);
      // District B's append commits while A's lock is held.
      await t.orm.em.fork().transactional((tx) => appendAudit(tx, [entry(`${b.id}.`, 'b-1')]));
      // District A's append waits on that lock (seen in pg_locks), and goes on once it is released.
      const pending = t.orm.em.fork().transactional((tx) => appendAudit(tx, [entry(a.path, 'a-1')]));
      for (;;) {
        const { rows } = await holder.query(
          `select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted and classid = $1 and objid = hashtext($2)::oid`,
          [AUDIT_LOCK_SPACE, `district:${a.id}`],
        );
        if (rows[0].n > 0) break;
        await new Promise((r) => setImmediate(r));
      }
      await holder.query('commit');
      await pending;
    } finally {
      await holder.end();
    }
    const rows = await em.execute<{ target_id: string; chain: string }[]>(
      `select target_id, chain from audit_entry where operation = 'chainTest' order by id`,
    );
    expect(rows).toEqual([
      { target_id: 'b-1', chain: `district:${b.id}` },
      { target_id: 'a-1', chain: `district:${a.id}` },
    ]);
    const v = dataOf(
      await t.gql(
        graphql(`
          query VerifyAuditChains {
            verifyAuditChain {
              valid
              chains
              heads {
                chain
                id
                hash
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).verifyAuditChain;
    expect(v).toMatchObject({ valid: true });
    expect(v.chains).toBeGreaterThanOrEqual(3);
    // Each chain's head is its newest entry: the two just written head their districts' chains.
    const heads = await em.execute<{ chain: string; id: string; hash: string }[]>(
      `select distinct on (chain) chain, id::text as id, hash from audit_entry order by chain, audit_entry.id desc`,
    );
    expect(v.heads).toEqual(heads.sort((x, y) => x.chain.localeCompare(y.chain)));
  });

  it('detects an entry moved to another chain', async () => {
    const em = t.orm.em.fork();
    const [last] = await em.execute<{ id: string; chain: string }[]>(
      `select id::text as id, chain from audit_entry where chain <> '' order by id desc limit 1`,
    );
    await em.execute('alter table audit_entry disable trigger audit_entry_no_update');
    // Moved to the shared chain with its stored hashes: its hash no longer matches its chain.
    await em.execute(`update audit_entry set chain = '' where id = ?`, [last.id]);
    await em.execute('alter table audit_entry enable trigger audit_entry_no_update');
    const verify = graphql(`
      query AuditVerifyMoved {
        verifyAuditChain {
          valid
          firstInvalidId
        }
      }
    `);
    expect(dataOf(await t.gql(verify, {}, admin)).verifyAuditChain).toEqual({ valid: false, firstInvalidId: last.id });
    // Put back, the chain verifies again.
    await em.execute('alter table audit_entry disable trigger audit_entry_no_update');
    await em.execute(`update audit_entry set chain = ? where id = ?`, [last.chain, last.id]);
    await em.execute('alter table audit_entry enable trigger audit_entry_no_update');
    expect(dataOf(await t.gql(verify, {}, admin)).verifyAuditChain).toEqual({ valid: true, firstInvalidId: null });
  });

  it('detects tampering: an entry changed behind the trigger breaks the chain at that entry', async () => {
    const entries = dataOf(await t.gql(SEARCH, { f: { targetType: 'Unit', targetId: unit.id } }, admin)).auditEntries
      .items;
    const target = entries[0].id;
    // Only a superuser disabling the trigger can do this; the chain still tells.
    const em = t.orm.em.fork();
    await em.execute('alter table audit_entry disable trigger audit_entry_no_update');
    await em.execute(`update audit_entry set changes = '{"name": {"after": "forged"}}' where id = ?`, [target]);
    await em.execute('alter table audit_entry enable trigger audit_entry_no_update');
    const v = dataOf(
      await t.gql(
        graphql(`
          query VerifyAuditChain {
            verifyAuditChain {
              valid
              checked
              firstInvalidId
            }
          }
        `),
        {},
        admin,
      ),
    ).verifyAuditChain;
    expect(v).toMatchObject({ valid: false, firstInvalidId: target });
  });
});
