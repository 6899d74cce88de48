/**
 * The users kind of import (modules/imports/kinds/users.ts): template, dry run (nothing written),
 * commit through the accounts service with audit entries of the batch, idempotency, delegation
 * (township staff: BRANCH_STAFF accounts of their own township's branches only; never
 * DISTRICT_ADMIN), other roles FORBIDDEN, and the round-trip of the demo district's export.
 */
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { download, readBook, sendImport, xlsx, type Cell } from '../helpers/imports';

const HEADINGS = ['备注', '用户名', '显示名称', '所属单位代码', '角色', '专班所属星', '人员手机号', '人员编码', '启用'];

describe('imports: users', () => {
  let t: TestApp;
  let admin: string;
  let township: string;
  let branch: string;
  const sql = <T>(q: string, params: unknown[] = []) => t.orm.em.fork().getConnection().execute<T[]>(q, params);
  let districtCode: string;
  let ytgBranchCode: string; // a branch of the township user's township
  let otherBranchCode: string; // a branch of another township
  let starCode: string;
  let person: { phone: string; code: string | null };

  beforeAll(async () => {
    t = await startTestApp();
    [admin, township, branch] = await Promise.all(['admin', 'township', 'branch'].map((u) => t.login(u)));
    districtCode = (await sql<{ code: string }>(`select code from unit where level = 'DISTRICT'`))[0].code;
    const branchOf = async (township: string) =>
      (
        await sql<{ code: string }>(
          `select b.code from unit b join unit t on t.id = b.parent_id where t.name = ? and b.code is not null order by b.id limit 1`,
          [township],
        )
      )[0].code;
    ytgBranchCode = await branchOf('樱桃沟景区管委会');
    otherBranchCode = await branchOf('侯寨乡');
    starCode = (await sql<{ code: string }>(`select code from star_type order by sort_order limit 1`))[0].code;
    // A person of the branch, with a phone, for the link column.
    await sql(
      `update person set phone = '13911112222' where id = (select p.id from person p join unit u on u.id = p.unit_id where u.code = ? order by p.id limit 1)`,
      [ytgBranchCode],
    );
    person = (
      await sql<{ phone: string; code: string | null }>(
        `select p.phone, p.code from person p join unit u on u.id = p.unit_id where u.code = ? and p.phone is not null order by p.id limit 1`,
        [ytgBranchCode],
      )
    )[0];
  });
  afterAll(() => t.close());

  const file = (rows: Cell[][]) => xlsx('用户', HEADINGS, rows);
  const account = (username: string) =>
    sql<{
      id: number;
      display_name: string;
      active: boolean;
      person_id: number | null;
      password_hash: string;
      must_change_password: boolean;
    }>(
      `select id, display_name, active, person_id, password_hash, must_change_password from app_user where lower(username) = lower(?)`,
      [username],
    );

  it('template: the 用户 sheet with a note per heading, the role drop-down by Chinese label, a 示例 row', async () => {
    const r = await download(t, admin, '/imports/templates/users.xlsx');
    expect(r.status).toBe(200);
    const wb = await readBook(r.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['用户', '说明', '选项']);
    const ws = wb.getWorksheet('用户')!;
    const headings = (ws.getRow(1).values as string[]).slice(1);
    expect(headings).toEqual(HEADINGS);
    for (let c = 1; c <= headings.length; c++) expect(ws.getRow(1).getCell(c).note).toBeTruthy();
    expect(ws.getRow(2).getCell(1).value).toBe('示例');
    expect(ws.getRow(3).getCell(headings.indexOf('角色') + 1).dataValidation?.type).toBe('list');
    const options = wb.getWorksheet('选项')!;
    const roleCol = (options.getRow(1).values as string[]).indexOf('角色');
    expect(options.getColumn(roleCol).values.slice(2)).toEqual(
      expect.arrayContaining(['区级管理员', '专班成员', '支部工作人员']),
    );
    const starCol = (options.getRow(1).values as string[]).indexOf('专班所属星');
    expect(options.getColumn(starCol).values.slice(2)).toContain(starCode);
  });

  it('dry run reports, writes nothing; commit writes through the accounts service; the same file again is 0/0', async () => {
    const bytes = await file([
      ['示例', 'ex_zhang', '张示例', 'EX-1', '支部工作人员', null, null, null, '是'],
      [null, ' Imp.Branch1 ', '导入支部员', ytgBranchCode, '支部工作人员', null, person.phone, null, '是'],
      [null, 'imp.tf1', '导入专班员', districtCode, '专班成员', starCode, null, null, null],
      [null, 'imp.off1', '停用账号', districtCode, '领导', null, null, null, '否'],
    ]);
    const dry = await sendImport(t, admin, 'users', bytes, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ created: 3, updated: 0, unchanged: 0, problems: [] });
    expect(await account('imp.branch1')).toHaveLength(0);

    const r = await sendImport(t, admin, 'users', bytes);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ created: 3, updated: 0, unchanged: 0, problems: [] });
    const [b] = await account('imp.branch1');
    expect(b.display_name).toBe('导入支部员');
    expect(b.person_id).not.toBeNull();
    // No usable password: a random one, hashed and never shown; it must be reset before use.
    expect(b.password_hash).toMatch(/^\$argon2/);
    expect(b.must_change_password).toBe(true);
    expect((await account('imp.off1'))[0].active).toBe(false);
    const roles = await sql<{ role: string; star_type_code: string | null }>(
      `select r.role, r.star_type_code from role_assignment r join app_user u on u.id = r.user_id where u.username = 'imp.tf1'`,
    );
    expect(roles).toEqual([{ role: 'TASK_FORCE', star_type_code: starCode }]);
    const audit = await sql<{ operation: string; target_type: string }>(
      `select operation, target_type from audit_entry where import_batch_id = ?`,
      [Number(r.batch)],
    );
    expect(audit.filter((a) => a.target_type === 'User')).toHaveLength(3);
    expect(audit.every((a) => a.operation === 'importUsers')).toBe(true);
    const chain = dataOf(
      await t.gql<{ verifyAuditChain: { valid: boolean } }>(`query { verifyAuditChain { valid } }`, {}, admin),
    );
    expect(chain.verifyAuditChain.valid).toBe(true);

    const again = await sendImport(t, admin, 'users', bytes);
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 3, problems: [] });

    // A change is an update: display name and reactivation (case of the username does not matter).
    const changed = await sendImport(
      t,
      admin,
      'users',
      await file([[null, 'IMP.OFF1', '已启用账号', districtCode, '领导', null, null, null, '是']]),
    );
    expect(changed.body).toEqual({ created: 0, updated: 1, unchanged: 0, problems: [] });
    expect((await account('imp.off1'))[0]).toMatchObject({ display_name: '已启用账号', active: true });
  });

  it('township staff import a branch user of their township; one outside it or a DISTRICT_ADMIN role are row problems, nothing written', async () => {
    const ok = await sendImport(
      t,
      township,
      'users',
      await file([[null, 'imp.tsb1', '乡镇导入', ytgBranchCode, '支部工作人员', null, null, null, null]]),
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ created: 1, updated: 0, unchanged: 0, problems: [] });
    // Re-importing it needs only reach (township staff may not update accounts).
    const again = await sendImport(
      t,
      township,
      'users',
      await file([[null, 'imp.tsb1', '乡镇导入', ytgBranchCode, '支部工作人员', null, null, null, null]]),
    );
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 1, problems: [] });
    // Changing it is a district admin's.
    const change = await sendImport(
      t,
      township,
      'users',
      await file([[null, 'imp.tsb1', '改名', ytgBranchCode, '支部工作人员', null, null, null, null]]),
      { dryRun: true },
    );
    expect(change.body.problems.map((x) => [x.row, x.reason])).toEqual([[2, 'ACCOUNT.FORBIDDEN']]);

    const bad = await sendImport(
      t,
      township,
      'users',
      await file([
        [null, 'imp.tsb2', '本乡镇', ytgBranchCode, '支部工作人员', null, null, null, null],
        [null, 'imp.out1', '外乡镇', otherBranchCode, '支部工作人员', null, null, null, null],
        [null, 'imp.adm1', '越权', ytgBranchCode, '区级管理员', null, null, null, null],
        [null, 'admin', '改管理员', ytgBranchCode, '支部工作人员', null, null, null, null],
      ]),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.problems.map((x) => [x.row, x.column, x.reason])).toEqual([
      [3, 'D', 'IMPORT.UNIT_NOT_FOUND'],
      [4, 'E', 'ACCOUNT.ROLE_NOT_GRANTABLE'],
      [5, '', 'ACCOUNT.NOT_FOUND'],
    ]);
    expect(bad.body.problems.every((x) => x.message.length > 0)).toBe(true);
    for (const u of ['imp.tsb2', 'imp.out1', 'imp.adm1']) expect(await account(u)).toHaveLength(0);
  });

  it('branch staff are FORBIDDEN', async () => {
    const r = await sendImport(
      t,
      branch,
      'users',
      await file([[null, 'imp.br1', '支部', ytgBranchCode, '支部工作人员', null, null, null, null]]),
      { dryRun: true },
    );
    expect(r.status).toBe(403);
    expect(r.body.errors?.[0].extensions.reason).toBe('IMPORT.FORBIDDEN');
    expect(await account('imp.br1')).toHaveLength(0);
  });

  it("the demo district's users export round-trips: importing it unchanged is 0 created, 0 updated", async () => {
    for (const token of [admin, township]) {
      const r = await download(t, token, '/exports/users.xlsx');
      expect(r.status).toBe(200);
      const wb = await readBook(r.bytes);
      const rows = wb.worksheets[0].actualRowCount - 1;
      expect(rows).toBeGreaterThan(0);
      const back = await sendImport(t, token, 'users', r.bytes, { dryRun: true });
      expect(back.body).toEqual({ created: 0, updated: 0, unchanged: rows, problems: [] });
      const committed = await sendImport(t, token, 'users', r.bytes);
      expect(committed.body).toMatchObject({ created: 0, updated: 0, problems: [] });
    }
  });
});
