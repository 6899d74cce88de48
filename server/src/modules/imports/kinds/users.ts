/**
 * User accounts, keyed by username (trimmed, regardless of case), one role a row. Every verdict and
 * every write is the accounts service's `upsertUser` (its delegation: district admins their subtree,
 * township staff BRANCH_STAFF accounts of their own township's branches), so an import can do
 * nothing the account pages could not. The dry run calls it too, inside a savepoint (or a
 * transaction) that is rolled back; the commit calls it again in the import's transaction.
 * No password is read: a created account gets a random temporary password that is hashed and never
 * shown, so it has no usable password until an administrator resets it (重置密码).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountService, type UpsertOutcome } from '../../accounts/public';
import { auditCollector, entriesFromChangeSets } from '../../audit/public';
import { AppError } from '../../../common/errors';
import type { Principal } from '../../../common/principal';
import { UserRole } from '../../../common/roles';
import { checkPhone } from '../../../common/validate';
import { ImportKind } from '../../imports/imports.enums';
import { ImportReasons } from '../../imports/imports.errors';
import {
  CellProblem,
  cellProblem,
  choice,
  inScope,
  labelOf,
  optionalText,
  REMARK_COLUMN,
  text,
  type ColumnDef,
  type Diff,
  type KindDefinition,
  type Parsed,
  type RowInput,
} from './kind';

export const USER_ROLE_CHOICES = [
  { value: UserRole.DISTRICT_ADMIN, label: '区级管理员' },
  { value: UserRole.LEADER, label: '领导' },
  { value: UserRole.TASK_FORCE, label: '专班成员' },
  { value: UserRole.SUPERVISOR, label: '督导组成员' },
  { value: UserRole.TOWNSHIP_STAFF, label: '乡镇（街道）工作人员' },
  { value: UserRole.BRANCH_STAFF, label: '支部工作人员' },
] as const;

const YES_NO = [
  { value: 'true', label: '是' },
  { value: 'false', label: '否' },
] as const;

const C = {
  username: {
    key: 'username',
    heading: '用户名',
    note: '必填：登录名，不区分大小写，用于识别同一账号。\nRequired: the sign-in name (case-insensitive); it identifies the account.',
    required: true,
    type: 'text',
    max: 60,
    width: 16,
  },
  displayName: {
    key: 'displayName',
    heading: '显示名称',
    note: '必填。\nRequired: the name shown.',
    required: true,
    type: 'text',
    max: 60,
    width: 14,
  },
  unitCode: {
    key: 'unitCode',
    heading: '所属单位代码',
    note: '必填：角色所在单位的编码（您范围内）。\nRequired: the code of the unit the role is held over.',
    required: true,
    type: 'text',
    max: 50,
    list: 'units',
    width: 16,
  },
  role: {
    key: 'role',
    heading: '角色',
    note: '必填：从下拉选项中选择。已有账号只增加角色，不撤销。\nRequired: pick from the list. An existing account gains the role; none is withdrawn.',
    required: true,
    type: 'choice',
    choices: USER_ROLE_CHOICES,
    width: 20,
  },
  starCode: {
    key: 'starCode',
    heading: '专班所属星',
    note: '仅“专班成员”填写：星的代码。\nOnly for 专班成员 (task force): the star code.',
    type: 'text',
    max: 40,
    list: 'stars',
    width: 14,
  },
  personPhone: {
    key: 'personPhone',
    heading: '人员手机号',
    note: '可选：关联所属单位的人员（按手机号）。\nOptional: links the account to a person of that unit, by phone.',
    type: 'text',
    max: 20,
    width: 14,
  },
  personCode: {
    key: 'personCode',
    heading: '人员编码',
    note: '可选：关联所属单位的人员（按人员编号）。\nOptional: links the account to a person of that unit, by person code.',
    type: 'text',
    max: 40,
    width: 12,
  },
  active: {
    key: 'active',
    heading: '启用',
    note: '是／否，留空为“是”。\n是 (active) or 否 (deactivated); empty means 是.',
    type: 'choice',
    choices: YES_NO,
    width: 8,
  },
} satisfies Record<string, ColumnDef>;

export interface UserRow {
  username: string;
  displayName: string;
  unitCode: string;
  role: UserRole;
  starCode: string | null;
  personPhone: string | null;
  personCode: string | null;
  active: boolean;
}

/** Which column a service error's field names. */
function columnOf(field: string | undefined): string | null {
  if (!field) return null;
  if (field === 'username' || field === 'displayName') return field;
  if (field === 'personId') return 'personPhone';
  if (field.endsWith('.starCode')) return 'starCode';
  if (field.endsWith('.role')) return 'role';
  if (field.endsWith('.unitId')) return 'unitCode';
  return null;
}

interface Resolved {
  row: number;
  data: UserRow;
  unit: { id: number; path: string };
  personId: number | null | undefined;
}

/** Rows the checks found good, with their units and people. */
async function resolve(
  em: EntityManager,
  p: Principal,
  rows: Parsed<UserRow>[],
  add: (row: number, column: string | null, e: unknown) => void,
): Promise<Resolved[]> {
  const scope = inScope(p, 'u.path');
  // One after the other: in a commit both run on the transaction's single connection.
  const units = await em.execute<{ id: number; code: string; path: string }[]>(
    `select id, code, path from unit u where ${scope.sql} and code is not null`,
    scope.params,
  );
  const people = await em.execute<{ id: number; unit_id: number; phone: string | null; code: string | null }[]>(
    `select p.id, p.unit_id, p.phone, p.code from person p join unit u on u.id = p.unit_id where ${scope.sql}`,
    scope.params,
  );
  const unitsByCode = new Map(units.map((u) => [u.code, u]));
  const byPhone = new Map(people.filter((x) => x.phone).map((x) => [`${x.unit_id}|${x.phone}`, x.id]));
  const byCode = new Map(people.filter((x) => x.code).map((x) => [`${x.unit_id}|${x.code}`, x.id]));
  const out: Resolved[] = [];
  for (const { row, data } of rows) {
    try {
      const unit = unitsByCode.get(data.unitCode);
      if (!unit) throw cellProblem('unitCode', ImportReasons.UNIT_NOT_FOUND, { code: data.unitCode });
      let personId: number | null | undefined = undefined;
      if (data.personCode) {
        personId = byCode.get(`${unit.id}|${data.personCode}`) ?? null;
        if (!personId) throw cellProblem('personCode', ImportReasons.PERSON_NOT_FOUND, { key: data.personCode });
      } else if (data.personPhone) {
        personId = byPhone.get(`${unit.id}|${data.personPhone}`) ?? null;
        if (!personId) throw cellProblem('personPhone', ImportReasons.PERSON_NOT_FOUND, { key: data.personPhone });
      }
      out.push({ row, data, unit, personId });
    } catch (e) {
      add(row, e instanceof CellProblem ? e.column : null, e);
    }
  }
  return out;
}

/** One row through the accounts service: its outcome (the active flag included). */
async function apply(svc: AccountService, p: Principal, r: Resolved): Promise<UpsertOutcome> {
  const result = await svc.upsertUser(p, {
    username: r.data.username,
    displayName: r.data.displayName,
    personId: r.personId,
    roles: [{ role: r.data.role, unitId: r.unit.id, starCode: r.data.starCode }],
  });
  if (result.outcome === 'CREATED') {
    // A new account is created deactivated when the file says 否.
    if (!r.data.active) result.user.active = false;
    return 'CREATED';
  }
  if (result.user.active === r.data.active) return result.outcome;
  if (r.data.active) await svc.reactivate(p, result.user.id);
  else await svc.deactivate(p, result.user.id);
  return 'UPDATED';
}

class Rollback extends Error {}

export const users: KindDefinition<UserRow> = {
  kind: ImportKind.USERS,
  slug: 'users',
  sheet: '用户',
  columns: [REMARK_COLUMN, ...Object.values(C)],
  example: {
    remark: '示例',
    username: 'ex_zhang',
    displayName: '张示例',
    unitCode: 'EX-T01-B01',
    role: '支部工作人员',
    personPhone: '13800000000',
    active: '是',
  },
  notes: [
    '按用户名识别账号（不区分大小写）：再次导入同一文件不会重复创建。每行一个角色；已有账号只增加角色，不撤销角色。',
    'An account is found by username (regardless of case): importing the same file again creates nothing. One role a row; an existing account gains roles, never loses one.',
    '文件中没有密码：导入的新账号没有可用密码，须由管理员在账号页“重置密码”后告知本人。',
    'No password is imported: a new account has no usable password until an administrator resets it.',
    '乡镇（街道）工作人员只能导入本乡镇支部的“支部工作人员”账号。Township staff import BRANCH_STAFF accounts of their own branches only.',
  ],

  async lists({ em, p }) {
    const scope = inScope(p, 'u.path');
    const [unitRows, stars] = await Promise.all([
      em.execute<{ code: string }[]>(
        `select code from unit u where ${scope.sql} and code is not null order by depth, sort_order, id limit 5000`,
        scope.params,
      ),
      em.execute<{ code: string }[]>(`select code from star_type order by sort_order, code`),
    ]);
    return { units: unitRows.map((r) => r.code), stars: stars.map((s) => s.code) };
  },

  parseRow(input: RowInput): UserRow {
    const row: UserRow = {
      username: text(input, C.username),
      displayName: text(input, C.displayName),
      unitCode: text(input, C.unitCode),
      role: choice<UserRole>(input, C.role)!,
      starCode: optionalText(input, C.starCode),
      personPhone: optionalText(input, C.personPhone),
      personCode: optionalText(input, C.personCode),
      active: (choice<string>(input, C.active) ?? 'true') === 'true',
    };
    if (row.personPhone) {
      try {
        row.personPhone = checkPhone(row.personPhone, 'phone');
      } catch (e) {
        throw new CellProblem('personPhone', e as never);
      }
    }
    return row;
  },

  naturalKey: (r) => r.username.toLowerCase(),

  async diff({ em, p }, rows: Parsed<UserRow>[], problems): Promise<Diff> {
    const resolved = await resolve(em, p, rows, (row, column, e) => problems.add(row, column, e));
    const counts = { CREATED: 0, UPDATED: 0, UNCHANGED: 0 };
    // The service's verdicts without its writes: everything runs in a fork whose transaction (a
    // savepoint inside a commit's) is rolled back; nothing is flushed.
    const probe = em.fork({ keepTransactionContext: true, clear: true });
    await probe
      .transactional(async (tx) => {
        const svc = new AccountService(tx, () => new Date());
        for (const r of resolved) {
          try {
            counts[await apply(svc, p, r)]++;
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            const field = (e as { extensions?: { field?: string } }).extensions?.field;
            problems.add(r.row, columnOf(field), e);
          }
        }
        throw new Rollback();
      })
      .catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
    return {
      created: counts.CREATED,
      updated: counts.UPDATED,
      unchanged: counts.UNCHANGED,
      async upsert(tx, base, batchId) {
        // Flushed from its own fork (same transaction) so that its change sets become this batch's
        // audit entries, carrying the batch id.
        const w = tx.fork({ keepTransactionContext: true, clear: true });
        const changeSets = auditCollector.track(w);
        const svc = new AccountService(w, () => base.at);
        for (const r of resolved) await apply(svc, p, r);
        await w.flush();
        return entriesFromChangeSets(changeSets, { ...base, importBatchId: batchId });
      },
    };
  },

  async exportRows({ em, p }, withinPath) {
    const svc = new AccountService(em, () => new Date());
    let withinId: number | null = null;
    if (withinPath) {
      const [u] = await em.execute<{ id: number }[]>('select id from unit where path = ?', [withinPath]);
      withinId = u?.id ?? null;
    }
    const page = await svc.list(p, { withinId }, { page: 1, perPage: 1_000_000 } as never, false);
    if (!page.items.length) return [];
    const ids = page.items.map((u) => u.id);
    // One row per account: its first role (an import never withdraws roles, so the others stay).
    const rows = await em.execute<
      {
        id: number;
        username: string;
        display_name: string;
        active: boolean;
        role: UserRole;
        unit_code: string | null;
        star_code: string | null;
        person_phone: string | null;
        person_code: string | null;
        person_unit_id: number | null;
        role_unit_id: number;
      }[]
    >(
      `select distinct on (a.id) a.id, a.username, a.display_name, a.active, r.role, u.code as unit_code,
              r.star_type_code as star_code, pe.phone as person_phone, pe.code as person_code,
              pe.unit_id as person_unit_id, r.unit_id as role_unit_id
         from app_user a join role_assignment r on r.user_id = a.id join unit u on u.id = r.unit_id
         left join person pe on pe.id = a.person_id
        where a.id = any(?::int[])
        order by a.id, r.id`,
      [`{${ids.join(',')}}`],
    );
    rows.sort((a, b) => a.username.localeCompare(b.username));
    return rows.map((r) => {
      // The person is named within the role's unit; a person of another unit cannot be named here.
      const samePlace = r.person_unit_id === r.role_unit_id;
      return {
        username: r.username,
        displayName: r.display_name,
        unitCode: r.unit_code,
        role: labelOf(C.role, r.role),
        starCode: r.star_code,
        personPhone: samePlace ? r.person_phone : null,
        personCode: samePlace ? r.person_code : null,
        active: r.active ? '是' : '否',
      };
    });
  },
};
