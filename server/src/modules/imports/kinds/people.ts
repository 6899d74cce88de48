/**
 * People, keyed within their unit by phone number or person code (or, in a file exported from here,
 * by the system id column, which also lets a person move to another unit). Checked by the people
 * service's rules: name and title lengths, phone format, who edits people of which units.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { personEditorRoles, UnitLevel } from '../../org/public';
import { checkPhone, checkText } from '../../../common/validate';
import { ImportKind } from '../../imports/imports.enums';
import { ImportReasons } from '../../imports/imports.errors';
import {
  CellProblem,
  cellProblem,
  createdChanges,
  inScope,
  integer,
  optionalText,
  REMARK_COLUMN,
  text,
  type ColumnDef,
  type Diff,
  type KindDefinition,
  type Parsed,
  type RowInput,
} from './kind';

const C = {
  unitCode: {
    key: 'unitCode',
    heading: '所属单位编码',
    note: '必填：人员所属单位的编码（您范围内）。\nRequired: the code of the unit the person belongs to.',
    required: true,
    type: 'text',
    max: 50,
    list: 'units',
    width: 16,
  },
  name: { key: 'name', heading: '姓名', note: '必填。\nRequired.', required: true, type: 'text', max: 50, width: 10 },
  phone: {
    key: 'phone',
    heading: '手机号',
    note: '手机号与人员编号至少填一项，用于识别同一人员（同一单位内唯一）。11 位手机号，或带区号的固定电话（0371-67181234）。\nPhone or person code identifies the person within the unit.',
    type: 'text',
    max: 20,
    width: 14,
  },
  code: {
    key: 'code',
    heading: '人员编号',
    note: '可选，同一单位内唯一。\nOptional person code, unique within the unit.',
    type: 'text',
    max: 40,
    width: 12,
  },
  title: {
    key: 'title',
    heading: '职务说明',
    note: '可选，如“村党支部书记”。\nOptional title.',
    type: 'text',
    max: 100,
    width: 18,
  },
  id: {
    key: 'id',
    heading: '系统编号',
    note: '导出时填写，用于更新已有人员（可据此更换单位、手机号）；新增人员留空。\nFilled in by the export; leave empty for new people.',
    type: 'int',
    width: 10,
  },
} satisfies Record<string, ColumnDef>;

export interface PersonRow {
  unitCode: string;
  name: string;
  phone: string | null;
  code: string | null;
  title: string | null;
  id: number | null;
}

export interface StoredPerson {
  id: number;
  name: string;
  title: string | null;
  phone: string | null;
  code: string | null;
  unit_id: number;
  unit_code: string | null;
  unit_path: string;
  unit_level: UnitLevel;
}

export interface ScopeUnit {
  id: number;
  code: string;
  path: string;
  level: UnitLevel;
}

export function loadScopeUnits(em: EntityManager, scope: { sql: string; params: string[] }): Promise<ScopeUnit[]> {
  return em.execute<ScopeUnit[]>(
    `select id, code, path, level from unit u where ${scope.sql} and code is not null`,
    scope.params,
  );
}

export function loadPeople(em: EntityManager, scope: { sql: string; params: string[] }): Promise<StoredPerson[]> {
  return em.execute<StoredPerson[]>(
    `select p.id, p.name, p.title, p.phone, p.code, p.unit_id, u.code as unit_code, u.path as unit_path, u.level as unit_level
       from person p join unit u on u.id = p.unit_id where ${scope.sql}`,
    scope.params,
  );
}

const FIELDS = ['name', 'title', 'phone', 'code'] as const;

export const people: KindDefinition<PersonRow> = {
  kind: ImportKind.PEOPLE,
  slug: 'people',
  sheet: '人员',
  columns: [REMARK_COLUMN, ...Object.values(C)],
  example: { remark: '示例', unitCode: 'EX-T01-B01', name: '张示例', phone: '13800000000', title: '村党支部书记' },
  notes: [
    '同一单位内按手机号（或人员编号）识别人员：再次导入同一文件不会重复创建。',
    'Within a unit a person is found by phone (or person code): importing the same file again creates nothing.',
    '导入不会删除人员。An import never deletes anyone.',
  ],

  async lists({ em, p }) {
    const scope = inScope(p, 'u.path');
    const rows = await em.execute<{ code: string }[]>(
      `select code from unit u where ${scope.sql} and code is not null order by depth, sort_order, id limit 5000`,
      scope.params,
    );
    return { units: rows.map((r) => r.code) };
  },

  parseRow(input: RowInput): PersonRow {
    const row: PersonRow = {
      unitCode: text(input, C.unitCode),
      name: text(input, C.name),
      phone: optionalText(input, C.phone),
      code: optionalText(input, C.code),
      title: optionalText(input, C.title),
      id: integer(input, C.id),
    };
    try {
      row.name = checkText(row.name, 'name', 50);
      if (row.phone) row.phone = checkPhone(row.phone, 'phone');
    } catch (e) {
      throw new CellProblem((e as { extensions?: { field?: string } }).extensions?.field ?? null, e as never);
    }
    if (!row.id && !row.phone && !row.code) throw cellProblem('phone', ImportReasons.PERSON_KEY_REQUIRED);
    return row;
  },

  naturalKey: (r) => (r.id ? `#${r.id}` : r.code ? `${r.unitCode}|${r.code}` : `${r.unitCode}|${r.phone}`),

  async diff({ em, p }, rows: Parsed<PersonRow>[], problems): Promise<Diff> {
    const scope = inScope(p, 'u.path');
    const [unitList, stored] = await Promise.all([loadScopeUnits(em, scope), loadPeople(em, scope)]);
    const unitsByCode = new Map(unitList.map((u) => [u.code, u]));
    const byId = new Map(stored.map((s) => [s.id, s]));
    const byPhone = new Map(stored.filter((s) => s.phone).map((s) => [`${s.unit_id}|${s.phone}`, s]));
    const byCode = new Map(stored.filter((s) => s.code).map((s) => [`${s.unit_id}|${s.code}`, s]));
    const creates: { data: PersonRow; unit: ScopeUnit }[] = [];
    const updates: {
      stored: StoredPerson;
      data: PersonRow;
      unit: ScopeUnit;
      changes: Record<string, { before: unknown; after: unknown }>;
    }[] = [];
    let unchanged = 0;
    // Keys the file's rows will hold, to refuse two rows (or a row and another stored person) sharing one.
    const claimed = new Map<string, { id: number | null; name: string }>();
    for (const { row, data } of rows) {
      try {
        const unit = unitsByCode.get(data.unitCode);
        if (!unit) throw cellProblem('unitCode', ImportReasons.UNIT_NOT_FOUND, { code: data.unitCode });
        let found: StoredPerson | undefined;
        if (data.id) {
          found = byId.get(data.id);
          if (!found) throw cellProblem('id', ImportReasons.PERSON_NOT_FOUND, { key: `#${data.id}` });
        } else {
          found =
            (data.code && byCode.get(`${unit.id}|${data.code}`)) ||
            (data.phone && byPhone.get(`${unit.id}|${data.phone}`)) ||
            undefined;
        }
        for (const [what, column, value] of [
          ['手机号 phone', 'phone', data.phone],
          ['人员编号 person code', 'code', data.code],
        ] as const) {
          if (!value) continue;
          const key = `${unit.id}|${column}|${value}`;
          const holder = (column === 'phone' ? byPhone : byCode).get(`${unit.id}|${value}`);
          const other =
            claimed.get(key) ?? (holder && holder.id !== found?.id ? { id: holder.id, name: holder.name } : undefined);
          if (other && other.id !== (found?.id ?? null))
            throw cellProblem(column, ImportReasons.PERSON_KEY_TAKEN, { name: other.name, what });
          claimed.set(key, { id: found?.id ?? null, name: data.name });
        }
        if (found) {
          const changes: Record<string, { before: unknown; after: unknown }> = {};
          for (const f of FIELDS) if (found[f] !== data[f]) changes[f] = { before: found[f], after: data[f] };
          if (found.unit_id !== unit.id) changes.unit = { before: found.unit_id, after: unit.id };
          if (!Object.keys(changes).length) {
            unchanged++;
            continue;
          }
          if (
            !p.hasRoleOver(found.unit_path, ...personEditorRoles(found.unit_level)) ||
            !p.hasRoleOver(unit.path, ...personEditorRoles(unit.level))
          )
            throw cellProblem(null, ImportReasons.OUT_OF_SCOPE);
          updates.push({ stored: found, data, unit, changes });
        } else {
          if (!p.hasRoleOver(unit.path, ...personEditorRoles(unit.level)))
            throw cellProblem(null, ImportReasons.OUT_OF_SCOPE);
          creates.push({ data, unit });
        }
      } catch (e) {
        problems.add(row, e instanceof CellProblem ? e.column : null, e);
      }
    }
    return {
      created: creates.length,
      updated: updates.length,
      unchanged,
      async upsert(tx, base, batchId) {
        const ids = (
          await tx.execute<{ id: number }[]>(`select nextval('person_id_seq')::int as id from generate_series(1, ?)`, [
            creates.length,
          ])
        ).map((r) => r.id);
        const inserts = creates.map((c, i) => ({
          id: ids[i],
          name: c.data.name,
          title: c.data.title,
          phone: c.data.phone,
          code: c.data.code,
          unit_id: c.unit.id,
        }));
        for (let i = 0; i < inserts.length; i += 20_000) {
          await tx.execute(
            `insert into person (id, name, title, phone, code, unit_id)
             select id, name, title, phone, code, unit_id
               from json_to_recordset(?::json) as x(id int, name text, title text, phone text, code text, unit_id int)`,
            [JSON.stringify(inserts.slice(i, i + 20_000))],
          );
        }
        for (let i = 0; i < updates.length; i += 20_000) {
          await tx.execute(
            `update person p set name = x.name, title = x.title, phone = x.phone, code = x.code, unit_id = x.unit_id,
                    version = p.version + 1, updated_at = now()
               from json_to_recordset(?::json) as x(id int, name text, title text, phone text, code text, unit_id int)
              where p.id = x.id`,
            [
              JSON.stringify(
                updates.slice(i, i + 20_000).map((u) => ({
                  id: u.stored.id,
                  name: u.data.name,
                  title: u.data.title,
                  phone: u.data.phone,
                  code: u.data.code,
                  unit_id: u.unit.id,
                })),
              ),
            ],
          );
        }
        return [
          ...inserts.map((x, i) => ({
            ...base,
            targetType: 'Person',
            targetId: String(x.id),
            action: 'CREATE',
            changes: createdChanges({
              name: x.name,
              title: x.title,
              phone: x.phone,
              code: x.code,
              unit: x.unit_id,
              isSample: false,
            }),
            scopePath: creates[i].unit.path,
            importBatchId: batchId,
          })),
          ...updates.map((u) => ({
            ...base,
            targetType: 'Person',
            targetId: String(u.stored.id),
            action: 'UPDATE',
            changes: u.changes,
            scopePath: u.unit.path,
            importBatchId: batchId,
          })),
        ];
      },
    };
  },

  async exportRows({ em, p }, withinPath) {
    const rows = await loadPeople(em, inScope(p, 'u.path', withinPath));
    rows.sort((a, b) => a.unit_path.localeCompare(b.unit_path) || a.id - b.id);
    return rows.map((r) => ({
      unitCode: r.unit_code,
      name: r.name,
      phone: r.phone,
      code: r.code,
      title: r.title,
      id: r.id,
    }));
  },
};
