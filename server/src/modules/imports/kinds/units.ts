/**
 * Units: township-level units and branches, keyed by their code. A parent is named by its code and
 * may be a unit already there or one created earlier in the same file. Checked by the unit
 * service's own rules (levels, kinds, who edits what); an import never moves a unit.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BranchCategory,
  BranchKind,
  checkUnitShape,
  LEVEL_RANK,
  TownshipKind,
  UnitLevel,
  UnitReasons,
  unitEditorRoles,
} from '../../org/public';
import { checkText } from '../../../common/validate';
import { fail } from '../../../common/reasons';
import { ImportKind } from '../../imports/imports.enums';
import { ImportReasons } from '../../imports/imports.errors';
import {
  CellProblem,
  cellProblem,
  choice,
  createdChanges,
  inScope,
  integer,
  labelOf,
  REMARK_COLUMN,
  text,
  type ColumnDef,
  type Diff,
  type KindDefinition,
  type Parsed,
  type RowInput,
} from './kind';

export const LEVEL_CHOICES = [
  { value: UnitLevel.TOWNSHIP, label: '乡镇级单元' },
  { value: UnitLevel.BRANCH, label: '村/社区党组织' },
] as const;
const TOWNSHIP_KIND_CHOICES = [
  { value: TownshipKind.TOWNSHIP, label: '乡' },
  { value: TownshipKind.TOWN, label: '镇' },
  { value: TownshipKind.SUBDISTRICT, label: '街道' },
  { value: TownshipKind.MANAGEMENT_COMMITTEE, label: '管委会' },
];
const BRANCH_KIND_CHOICES = [
  { value: BranchKind.PARTY_BRANCH, label: '党支部' },
  { value: BranchKind.GENERAL_BRANCH, label: '党总支' },
  { value: BranchKind.PARTY_COMMITTEE, label: '党委' },
];
const CATEGORY_CHOICES = [
  { value: BranchCategory.RURAL, label: '农村' },
  { value: BranchCategory.COMMUNITY, label: '社区' },
];

const C = {
  code: {
    key: 'code',
    heading: '单位编码',
    note: '必填，全局唯一，用于识别单位（再次导入时按编码更新）。\nRequired, unique: the unit is found by its code.',
    required: true,
    type: 'text',
    max: 50,
    width: 16,
  },
  name: {
    key: 'name',
    heading: '单位名称',
    note: '必填。\nRequired.',
    required: true,
    type: 'text',
    max: 100,
    width: 24,
  },
  level: {
    key: 'level',
    heading: '层级',
    note: '必填：乡镇级单元，或村/社区党组织（支部）。\nRequired: township-level unit or branch.',
    required: true,
    type: 'choice',
    choices: LEVEL_CHOICES,
    width: 14,
  },
  parentCode: {
    key: 'parentCode',
    heading: '上级单位编码',
    note: '必填：您范围内已有单位的编码，或本文件中前面行的单位编码。\nRequired: the code of a unit in your scope, or of one earlier in this file.',
    required: true,
    type: 'text',
    max: 50,
    list: 'parentUnits',
    width: 16,
  },
  townshipKind: {
    key: 'townshipKind',
    heading: '乡镇级类别',
    note: '乡镇级单元必填（乡、镇、街道、管委会），支部留空。\nTownship-level units only.',
    type: 'choice',
    choices: TOWNSHIP_KIND_CHOICES,
    width: 12,
  },
  branchKind: {
    key: 'branchKind',
    heading: '党组织类别',
    note: '支部必填（党支部、党总支、党委）。\nBranches only.',
    type: 'choice',
    choices: BRANCH_KIND_CHOICES,
    width: 12,
  },
  category: {
    key: 'category',
    heading: '支部类别',
    note: '支部必填（农村、社区）。\nBranches only: rural or community.',
    type: 'choice',
    choices: CATEGORY_CHOICES,
    width: 10,
  },
  sortOrder: {
    key: 'sortOrder',
    heading: '排序',
    note: '可选整数，同级单位中的顺序；留空则不变（新单位为 0）。\nOptional whole number; empty keeps it.',
    type: 'int',
    width: 8,
  },
} satisfies Record<string, ColumnDef>;

export interface UnitRow {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string;
  townshipKind: TownshipKind | null;
  branchKind: BranchKind | null;
  category: BranchCategory | null;
  sortOrder: number | null;
}

interface StoredUnit {
  id: number;
  code: string | null;
  name: string;
  level: UnitLevel;
  township_kind: TownshipKind | null;
  branch_kind: BranchKind | null;
  category: BranchCategory | null;
  parent_id: number | null;
  path: string;
  depth: number;
  sort_order: number;
  parent_code: string | null;
}

/** The org service's field names, as the columns that hold them. */
const FIELD_COLUMN: Record<string, string> = {
  parentId: 'parentCode',
  townshipKind: 'townshipKind',
  branchKind: 'branchKind',
  category: 'category',
  level: 'level',
  name: 'name',
};

const FIELDS = ['name', 'townshipKind', 'branchKind', 'category', 'sortOrder'] as const;
const COLUMN_OF_FIELD = {
  name: 'name',
  townshipKind: 'township_kind',
  branchKind: 'branch_kind',
  category: 'category',
  sortOrder: 'sort_order',
} as const;

/** Rethrows a service rule's error as a problem of the column that holds its field. */
function asCell(e: unknown): never {
  if (e instanceof CellProblem) throw e;
  const field = (e as { extensions?: { field?: string } }).extensions?.field;
  throw new CellProblem(field ? (FIELD_COLUMN[field] ?? null) : null, e as never);
}

export async function loadUnits(em: EntityManager, scope: { sql: string; params: string[] }): Promise<StoredUnit[]> {
  return em.execute<StoredUnit[]>(
    `select u.id, u.code, u.name, u.level, u.township_kind, u.branch_kind, u.category, u.parent_id, u.path, u.depth,
            u.sort_order, pu.code as parent_code
       from unit u left join unit pu on pu.id = u.parent_id where ${scope.sql}`,
    scope.params,
  );
}

export const units: KindDefinition<UnitRow> = {
  kind: ImportKind.UNITS,
  slug: 'units',
  sheet: '单位',
  columns: [REMARK_COLUMN, ...Object.values(C)],
  example: {
    remark: '示例',
    code: 'EX-T01-B01',
    name: '示例村党支部',
    level: '村/社区党组织',
    parentCode: 'EX-T01',
    branchKind: '党支部',
    category: '农村',
    sortOrder: 1,
  },
  notes: [
    '先写乡镇级单元，再写其下的支部；上级单位可以是本文件中前面的行。',
    'Township-level units first, then their branches; a parent may be a row earlier in this file.',
    '导入不会移动已有单位（更换上级请在单位页面操作），也不会删除单位。',
    'An import never moves or deletes a unit.',
  ],

  async lists({ em, p }) {
    const scope = inScope(p, 'u.path');
    const rows = await em.execute<{ code: string }[]>(
      `select code from unit u where ${scope.sql} and code is not null and level in ('DISTRICT', 'TOWNSHIP') order by depth, sort_order, id limit 5000`,
      scope.params,
    );
    return { parentUnits: rows.map((r) => r.code) };
  },

  parseRow(input: RowInput): UnitRow {
    const row: UnitRow = {
      code: text(input, C.code),
      name: text(input, C.name),
      level: choice<UnitLevel>(input, C.level)!,
      parentCode: text(input, C.parentCode),
      townshipKind: choice<TownshipKind>(input, C.townshipKind),
      branchKind: choice<BranchKind>(input, C.branchKind),
      category: choice<BranchCategory>(input, C.category),
      sortOrder: integer(input, C.sortOrder),
    };
    try {
      row.name = checkText(row.name, 'name', 100);
      checkUnitShape(row, null);
    } catch (e) {
      asCell(e);
    }
    return row;
  },

  naturalKey: (r) => r.code,

  async diff({ em, p }, rows: Parsed<UnitRow>[], problems): Promise<Diff> {
    const stored = await loadUnits(em, inScope(p, 'u.path'));
    const byCode = new Map(stored.filter((u) => u.code).map((u) => [u.code!, u]));
    const codes = rows.map((r) => r.data.code).filter((c) => !byCode.has(c));
    const taken = new Set(
      codes.length
        ? (
            await em.execute<{ code: string }[]>(
              `select code from unit where code in (select jsonb_array_elements_text(?::jsonb))`,
              [JSON.stringify(codes)],
            )
          ).map((r) => r.code)
        : [],
    );
    interface Planned {
      row: number;
      data: UnitRow;
      parentPath: string | null;
      parentId: number | null;
      parentCode: string;
    }
    const creates: Planned[] = [];
    const updates: {
      stored: StoredUnit;
      data: UnitRow;
      changes: Record<string, { before: unknown; after: unknown }>;
    }[] = [];
    let unchanged = 0;
    const planned = new Map<string, Planned>();
    // Parents before children, whatever the file's order.
    const ordered = [...rows].sort((a, b) => LEVEL_RANK[a.data.level] - LEVEL_RANK[b.data.level] || a.row - b.row);
    for (const { row, data } of ordered) {
      try {
        const existing = byCode.get(data.code);
        if (existing) {
          if (existing.level !== data.level) asCell(fail(UnitReasons.LEVEL_IMMUTABLE, { field: 'level' }));
          if (existing.parent_code !== data.parentCode)
            throw cellProblem('parentCode', ImportReasons.PARENT_CHANGE, { parent: existing.parent_code ?? '' });
          try {
            checkUnitShape(data, null);
          } catch (e) {
            asCell(e);
          }
          const after = { ...data, sortOrder: data.sortOrder ?? existing.sort_order };
          const changes: Record<string, { before: unknown; after: unknown }> = {};
          for (const f of FIELDS) {
            const before = existing[COLUMN_OF_FIELD[f]];
            if (before !== after[f]) changes[f] = { before, after: after[f] };
          }
          if (!Object.keys(changes).length) {
            unchanged++;
            continue;
          }
          if (!p.hasRoleOver(existing.path, ...unitEditorRoles(data.level)))
            throw cellProblem(null, ImportReasons.OUT_OF_SCOPE);
          updates.push({ stored: existing, data: after, changes });
          continue;
        }
        if (taken.has(data.code)) throw cellProblem('code', ImportReasons.CODE_TAKEN, { code: data.code });
        const parentStored = byCode.get(data.parentCode);
        const parentPlanned = planned.get(data.parentCode);
        if (!parentStored && !parentPlanned)
          throw cellProblem('parentCode', ImportReasons.UNIT_NOT_FOUND, { code: data.parentCode });
        // The nearest stored unit on the way up decides who may write here.
        const placePath = parentStored?.path ?? parentPlanned!.parentPath!;
        if (!p.hasRoleOver(placePath, ...unitEditorRoles(data.level)))
          throw cellProblem(null, ImportReasons.OUT_OF_SCOPE);
        try {
          checkUnitShape(data, { level: parentStored?.level ?? parentPlanned!.data.level });
        } catch (e) {
          asCell(e);
        }
        const plan: Planned = {
          row,
          data,
          parentPath: parentStored?.path ?? parentPlanned!.parentPath,
          parentId: parentStored?.id ?? null,
          parentCode: data.parentCode,
        };
        planned.set(data.code, plan);
        creates.push(plan);
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
          await tx.execute<{ id: number }[]>(`select nextval('unit_id_seq')::int as id from generate_series(1, ?)`, [
            creates.length,
          ])
        ).map((r) => r.id);
        const made = new Map<string, { id: number; path: string; depth: number }>();
        const stored = (code: string) => byCode.get(code);
        const inserts = creates.map((c, i) => {
          const id = ids[i];
          const parent = c.parentId !== null ? stored(c.parentCode)! : made.get(c.parentCode)!;
          const path = `${parent.path}${id}.`;
          const depth = parent.depth + 1;
          made.set(c.data.code, { id, path, depth });
          return {
            id,
            name: c.data.name,
            code: c.data.code,
            level: c.data.level,
            township_kind: c.data.townshipKind,
            branch_kind: c.data.branchKind,
            category: c.data.category,
            parent_id: parent.id,
            path,
            depth,
            sort_order: c.data.sortOrder ?? 0,
          };
        });
        for (let i = 0; i < inserts.length; i += 20_000) {
          await tx.execute(
            `insert into unit (id, name, code, level, township_kind, branch_kind, category, parent_id, path, depth, sort_order)
             select id, name, code, level, township_kind, branch_kind, category, parent_id, path, depth, sort_order
               from json_to_recordset(?::json) as x(id int, name text, code text, level text, township_kind text, branch_kind text,
                    category text, parent_id int, path text, depth smallint, sort_order int)`,
            [JSON.stringify(inserts.slice(i, i + 20_000))],
          );
        }
        if (updates.length) {
          await tx.execute(
            `update unit u set name = x.name, township_kind = x.township_kind, branch_kind = x.branch_kind, category = x.category,
                    sort_order = x.sort_order, version = u.version + 1, updated_at = now()
               from json_to_recordset(?::json) as x(id int, name text, township_kind text, branch_kind text, category text, sort_order int)
              where u.id = x.id`,
            [
              JSON.stringify(
                updates.map((u) => ({
                  id: u.stored.id,
                  name: u.data.name,
                  township_kind: u.data.townshipKind,
                  branch_kind: u.data.branchKind,
                  category: u.data.category,
                  sort_order: u.data.sortOrder,
                })),
              ),
            ],
          );
        }
        return [
          ...inserts.map((u) => ({
            ...base,
            targetType: 'Unit',
            targetId: String(u.id),
            action: 'CREATE',
            changes: createdChanges({
              name: u.name,
              code: u.code,
              level: u.level,
              townshipKind: u.township_kind,
              branchKind: u.branch_kind,
              category: u.category,
              parent: u.parent_id,
              path: u.path,
              depth: u.depth,
              sortOrder: u.sort_order,
            }),
            scopePath: u.path,
            importBatchId: batchId,
          })),
          ...updates.map((u) => ({
            ...base,
            targetType: 'Unit',
            targetId: String(u.stored.id),
            action: 'UPDATE',
            changes: u.changes,
            scopePath: u.stored.path,
            importBatchId: batchId,
          })),
        ];
      },
    };
  },

  async exportRows({ em, p }, withinPath) {
    const scope = inScope(p, 'u.path', withinPath);
    const rows = await em.execute<StoredUnit[]>(
      `select u.*, pu.code as parent_code from unit u left join unit pu on pu.id = u.parent_id
        where ${scope.sql} and u.level in ('TOWNSHIP', 'BRANCH') order by u.depth, u.sort_order, u.id`,
      scope.params,
    );
    return rows.map((u) => ({
      code: u.code,
      name: u.name,
      level: labelOf(C.level, u.level),
      parentCode: u.parent_code,
      townshipKind: labelOf(C.townshipKind, u.township_kind),
      branchKind: labelOf(C.branchKind, u.branch_kind),
      category: labelOf(C.category, u.category),
      sortOrder: u.sort_order,
    }));
  },
};
