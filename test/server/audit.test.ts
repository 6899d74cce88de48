import { dataOf, errorOf, jsonObject, startTestApp, type TestApp } from '../helpers/app';
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

  it('stays one valid chain under concurrent mutations', async () => {
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
    expect(v.valid).toBe(true);
    expect(v.checked).toBeGreaterThanOrEqual(people.length + 3);
    const entries = dataOf(await t.gql(SEARCH, {}, admin)).auditEntries.items;
    for (let i = 0; i < entries.length - 1; i++) expect(entries[i].prevHash).toBe(entries[i + 1].hash);
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
