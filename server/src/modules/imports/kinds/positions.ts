/**
 * Positions, keyed by person, place (unit, department or task force), role and start date. The
 * person is named by the system id column of a people export, or by unit code and phone / person
 * code. Checked by the people service's rules: the place fits the role, dates and periods, who
 * appoints to which roles, and no overlap of single-holder roles (against the database and the
 * file's other rows).
 */
import {
  overlaps,
  PositionReasons,
  PositionRole,
  positionEditorRoles,
  ROLE_PLACE,
  SINGLE_HOLDER_ROLES,
} from '../../org/public';
import { checkPeriod } from '../../../common/validate';
import { fail } from '../../../common/reasons';
import { ImportKind } from '../../imports/imports.enums';
import { ImportReasons } from '../../imports/imports.errors';
import {
  CellProblem,
  cellProblem,
  choice,
  createdChanges,
  date,
  inScope,
  integer,
  labelOf,
  optionalText,
  REMARK_COLUMN,
  type ColumnDef,
  type Diff,
  type KindDefinition,
  type Parsed,
  type RowInput,
} from './kind';
import { loadPeople, loadScopeUnits, type StoredPerson } from './people';

export const ROLE_CHOICES = [
  { value: PositionRole.PARTY_SECRETARY, label: '区委书记' },
  { value: PositionRole.ORGANIZATION_MINISTER, label: '组织部长' },
  { value: PositionRole.TOWNSHIP_SECRETARY, label: '乡镇（街道）党（工）委书记' },
  { value: PositionRole.COUNTY_LEADER, label: '县级领导' },
  { value: PositionRole.TASK_FORCE_LEADER, label: '专班负责人' },
  { value: PositionRole.TASK_FORCE_MEMBER, label: '专班成员' },
  { value: PositionRole.BRANCH_SECRETARY, label: '支部书记' },
  { value: PositionRole.BRANCH_MEMBER, label: '支委委员' },
  { value: PositionRole.SUPERVISOR, label: '督导员' },
];

const C = {
  personId: {
    key: 'personId',
    heading: '人员系统编号',
    note: "人员导出中的“系统编号”；填写后可不填下面三项。\nThe person's system id from a people export; or give the next columns.",
    type: 'int',
    width: 12,
  },
  personUnitCode: {
    key: 'personUnitCode',
    heading: '人员所属单位编码',
    note: "不填系统编号时必填：人员所属单位的编码。\nWithout the system id: the code of the person's unit.",
    type: 'text',
    max: 50,
    list: 'units',
    width: 16,
  },
  personPhone: {
    key: 'personPhone',
    heading: '人员手机号',
    note: '与人员编号二选一，用于找到人员（须先导入人员）。\nPhone or person code finds the person (import people first).',
    type: 'text',
    max: 20,
    width: 14,
  },
  personCode: {
    key: 'personCode',
    heading: '人员编号',
    note: '可选。\nOptional person code.',
    type: 'text',
    max: 40,
    width: 12,
  },
  personName: {
    key: 'personName',
    heading: '姓名',
    note: '仅供核对，导入时不使用。\nFor reading only: not imported.',
    type: 'text',
    width: 10,
    ignored: true,
  },
  role: {
    key: 'role',
    heading: '职务',
    note: '必填，从下拉列表选择。\nRequired: pick from the list.',
    required: true,
    type: 'choice',
    choices: ROLE_CHOICES,
    width: 22,
  },
  unitCode: {
    key: 'unitCode',
    heading: '任职单位编码',
    note: '在单位任职时填写（支部书记、乡镇书记、区委书记等）。\nFor roles held in a unit.',
    type: 'text',
    max: 50,
    list: 'units',
    width: 16,
  },
  departmentCode: {
    key: 'departmentCode',
    heading: '任职部门编码',
    note: '督导员可在部门任职：部门编码。\nSupervisors may be held in a department: its code.',
    type: 'text',
    max: 40,
    list: 'departments',
    width: 14,
  },
  star: {
    key: 'star',
    heading: '专班所属星',
    note: '专班负责人、专班成员：专班所属的星。\nTask force roles: the star of the task force.',
    type: 'text',
    max: 40,
    list: 'stars',
    width: 14,
  },
  startDate: {
    key: 'startDate',
    heading: '开始日期',
    note: '必填，日期单元格或 YYYY-MM-DD（含当天）。\nRequired: a date (inclusive).',
    required: true,
    type: 'date',
    width: 12,
  },
  endDate: {
    key: 'endDate',
    heading: '结束日期',
    note: '可选，在任留空；不得早于开始日期。\nOptional; empty while in office.',
    type: 'date',
    width: 12,
  },
  title: { key: 'title', heading: '职务说明', note: '可选。\nOptional title.', type: 'text', max: 100, width: 18 },
} satisfies Record<string, ColumnDef>;

export interface PositionRow {
  personId: number | null;
  personUnitCode: string | null;
  personPhone: string | null;
  personCode: string | null;
  role: PositionRole;
  unitCode: string | null;
  departmentCode: string | null;
  star: string | null;
  startDate: string;
  endDate: string | null;
  title: string | null;
}

interface StoredPosition {
  id: number;
  person_id: number;
  role: PositionRole;
  unit_id: number | null;
  department_id: number | null;
  task_force_id: number | null;
  scope_unit_id: number;
  scope_path: string;
  start_date: string;
  end_date: string | null;
  title: string | null;
}

interface Place {
  key: string;
  unitId: number | null;
  departmentId: number | null;
  taskForceId: number | null;
  scopeUnitId: number;
  scopePath: string;
}

const roleLabel = (role: PositionRole) => labelOf(C.role, role)!;

export const positions: KindDefinition<PositionRow> = {
  kind: ImportKind.POSITIONS,
  slug: 'positions',
  sheet: '任职',
  columns: [REMARK_COLUMN, ...Object.values(C)],
  example: {
    remark: '示例',
    personUnitCode: 'EX-T01-B01',
    personPhone: '13800000000',
    personName: '张示例',
    role: '支部书记',
    unitCode: 'EX-T01-B01',
    startDate: new Date(Date.UTC(2024, 0, 1)),
    title: '村党支部书记',
  },
  notes: [
    '人员须先导入（或已在系统中）。同一人员、任职单位、职务、开始日期为同一条任职：再次导入只更新结束日期和职务说明。',
    'People must exist first. Person, place, role and start date identify a position: importing again only updates its end date and title.',
    '支部书记、乡镇书记、区委书记、组织部长、专班负责人同一时间只能一人担任：任期不得重叠。',
    'Single-holder roles may not overlap in time.',
  ],

  async lists({ em, p }) {
    const scope = inScope(p, 'u.path');
    const [unitRows, departments, stars] = await Promise.all([
      em.execute<{ code: string }[]>(
        `select code from unit u where ${scope.sql} and code is not null order by depth, sort_order, id limit 5000`,
        scope.params,
      ),
      em.execute<{ code: string; path: string }[]>(
        `select d.code, u.path from department d join unit u on u.id = d.district_id order by d.sort_order, d.id`,
      ),
      em.execute<{ name_zh: string }[]>(`select name_zh from star_type order by sort_order, code`),
    ]);
    return {
      units: unitRows.map((r) => r.code),
      departments: departments.filter((d) => p.canReadDistrictLevel(d.path)).map((d) => d.code),
      stars: stars.map((s) => s.name_zh),
    };
  },

  parseRow(input: RowInput): PositionRow {
    const row: PositionRow = {
      personId: integer(input, C.personId),
      personUnitCode: optionalText(input, C.personUnitCode),
      personPhone: optionalText(input, C.personPhone),
      personCode: optionalText(input, C.personCode),
      role: choice<PositionRole>(input, C.role)!,
      unitCode: optionalText(input, C.unitCode),
      departmentCode: optionalText(input, C.departmentCode),
      star: optionalText(input, C.star),
      startDate: date(input, C.startDate)!,
      endDate: date(input, C.endDate),
      title: optionalText(input, C.title),
    };
    if (!row.startDate) throw cellProblem('startDate', ImportReasons.REQUIRED, { column: C.startDate.heading });
    if (!row.personId && !(row.personUnitCode && (row.personPhone || row.personCode)))
      throw cellProblem('personPhone', ImportReasons.PERSON_KEY_REQUIRED);
    try {
      checkPeriod(row.startDate, row.endDate);
    } catch (e) {
      throw new CellProblem('endDate', e as never);
    }
    const places = [row.unitCode, row.departmentCode, row.star].filter(Boolean).length;
    if (places !== 1) throw new CellProblem(placeColumn(row.role), fail(PositionReasons.PLACE_REQUIRED));
    return row;
  },

  naturalKey: (r) =>
    [
      r.personId ? `#${r.personId}` : `${r.personUnitCode}|${r.personCode ?? ''}|${r.personPhone ?? ''}`,
      r.unitCode ?? '',
      r.departmentCode ?? '',
      r.star ?? '',
      r.role,
      r.startDate,
    ].join('|'),

  async diff({ em, p }, rows: Parsed<PositionRow>[], problems): Promise<Diff> {
    const scope = inScope(p, 'u.path');
    const [unitList, stored, departments, taskForces, existing] = await Promise.all([
      loadScopeUnits(em, scope),
      loadPeople(em, scope),
      em.execute<{ id: number; code: string; district_id: number; path: string }[]>(
        `select d.id, d.code, d.district_id, u.path from department d join unit u on u.id = d.district_id`,
      ),
      em.execute<{ id: number; district_id: number; path: string; star_code: string; name_zh: string }[]>(
        `select t.id, t.district_id, u.path, t.star_type_code as star_code, s.name_zh
           from star_task_force t join unit u on u.id = t.district_id join star_type s on s.code = t.star_type_code`,
      ),
      loadPositions(em, scope),
    ]);
    const unitsByCode = new Map(unitList.map((u) => [u.code, u]));
    const peopleById = new Map(stored.map((s) => [s.id, s]));
    const peopleByKey = new Map<string, StoredPerson>();
    for (const s of stored) {
      if (s.phone) peopleByKey.set(`${s.unit_code}|p|${s.phone}`, s);
      if (s.code) peopleByKey.set(`${s.unit_code}|c|${s.code}`, s);
    }
    const placeKey = (x: { unit_id: number | null; department_id: number | null; task_force_id: number | null }) =>
      x.unit_id ? `u${x.unit_id}` : x.department_id ? `d${x.department_id}` : `t${x.task_force_id}`;
    const byNatural = new Map(existing.map((x) => [`${x.person_id}|${placeKey(x)}|${x.role}|${x.start_date}`, x]));
    /** Terms of single-holder roles by place and role: the stored ones, then the file's. */
    const terms = new Map<
      string,
      { id: number | null; personId: number; start: string; end: string | null; row: number | null }[]
    >();
    for (const x of existing) {
      if (!SINGLE_HOLDER_ROLES.has(x.role)) continue;
      const k = `${placeKey(x)}|${x.role}`;
      if (!terms.has(k)) terms.set(k, []);
      terms.get(k)!.push({ id: x.id, personId: x.person_id, start: x.start_date, end: x.end_date, row: null });
    }
    const districtOf = (path: string) => path.split('.').filter(Boolean).map(Number);

    const creates: { row: number; data: PositionRow; person: StoredPerson; place: Place }[] = [];
    const updates: {
      row: number;
      stored: StoredPosition;
      data: PositionRow;
      changes: Record<string, { before: unknown; after: unknown }>;
    }[] = [];
    let unchanged = 0;
    const seen = new Map<string, number>();
    const checked: {
      row: number;
      key: string;
      personId: number;
      start: string;
      end: string | null;
      id: number | null;
    }[] = [];
    for (const { row, data } of rows) {
      try {
        // The person.
        let person: StoredPerson | undefined;
        if (data.personId) {
          person = peopleById.get(data.personId);
          if (!person) throw cellProblem('personId', ImportReasons.PERSON_NOT_FOUND, { key: `#${data.personId}` });
        } else {
          person =
            (data.personCode && peopleByKey.get(`${data.personUnitCode}|c|${data.personCode}`)) ||
            (data.personPhone && peopleByKey.get(`${data.personUnitCode}|p|${data.personPhone}`)) ||
            undefined;
          if (!person)
            throw cellProblem(data.personCode ? 'personCode' : 'personPhone', ImportReasons.PERSON_NOT_FOUND, {
              key: `${data.personUnitCode} ${data.personCode ?? data.personPhone}`,
            });
        }
        // The place, which must fit the role (the people service's rule).
        const rule = ROLE_PLACE[data.role];
        let place: Place;
        if (data.unitCode) {
          if (!rule.unitLevels)
            throw new CellProblem(
              'unitCode',
              fail(PositionReasons.WRONG_PLACE, { params: { role: roleLabel(data.role) } }),
            );
          const unit = unitsByCode.get(data.unitCode);
          if (!unit) throw cellProblem('unitCode', ImportReasons.UNIT_NOT_FOUND, { code: data.unitCode });
          if (!rule.unitLevels.includes(unit.level))
            throw new CellProblem(
              'unitCode',
              fail(PositionReasons.WRONG_UNIT_LEVEL, {
                params: { role: roleLabel(data.role), levels: rule.unitLevels.join('/') },
              }),
            );
          place = {
            key: `u${unit.id}`,
            unitId: unit.id,
            departmentId: null,
            taskForceId: null,
            scopeUnitId: unit.id,
            scopePath: unit.path,
          };
        } else if (data.departmentCode) {
          if (!rule.department)
            throw new CellProblem(
              'departmentCode',
              fail(PositionReasons.WRONG_PLACE, { params: { role: roleLabel(data.role) } }),
            );
          const ancestors = districtOf(person.unit_path);
          const dept = departments.find((d) => d.code === data.departmentCode && ancestors.includes(d.district_id));
          if (!dept || !p.canReadDistrictLevel(dept.path))
            throw cellProblem('departmentCode', ImportReasons.PLACE_NOT_FOUND, {
              place: '部门 department',
              code: data.departmentCode,
            });
          place = {
            key: `d${dept.id}`,
            unitId: null,
            departmentId: dept.id,
            taskForceId: null,
            scopeUnitId: dept.district_id,
            scopePath: dept.path,
          };
        } else {
          if (!rule.taskForce)
            throw new CellProblem(
              'star',
              fail(PositionReasons.WRONG_PLACE, { params: { role: roleLabel(data.role) } }),
            );
          const ancestors = districtOf(person.unit_path);
          const tf = taskForces.find(
            (t) => (t.name_zh === data.star || t.star_code === data.star) && ancestors.includes(t.district_id),
          );
          if (!tf || !p.canReadDistrictLevel(tf.path))
            throw cellProblem('star', ImportReasons.PLACE_NOT_FOUND, { place: '专班 task force', code: data.star! });
          place = {
            key: `t${tf.id}`,
            unitId: null,
            departmentId: null,
            taskForceId: tf.id,
            scopeUnitId: tf.district_id,
            scopePath: tf.path,
          };
        }
        const key = `${person.id}|${place.key}|${data.role}|${data.startDate}`;
        const earlier = seen.get(key);
        if (earlier)
          throw cellProblem(null, ImportReasons.DUPLICATE_ROW, {
            row: earlier,
            key: `${person.name} ${roleLabel(data.role)} ${data.startDate}`,
          });
        seen.set(key, row);
        const found = byNatural.get(key);
        if (found) {
          const changes: Record<string, { before: unknown; after: unknown }> = {};
          if (found.end_date !== data.endDate) changes.endDate = { before: found.end_date, after: data.endDate };
          if (found.title !== data.title) changes.title = { before: found.title, after: data.title };
          if (!Object.keys(changes).length) {
            unchanged++;
            continue;
          }
          if (!p.hasRoleOver(found.scope_path, ...positionEditorRoles(data.role)))
            throw cellProblem(null, ImportReasons.OUT_OF_SCOPE);
          updates.push({ row, stored: found, data, changes });
          if (SINGLE_HOLDER_ROLES.has(data.role)) {
            const term = terms.get(`${place.key}|${data.role}`)!.find((t) => t.id === found.id)!;
            term.end = data.endDate;
            term.row = row;
            checked.push({
              row,
              key: `${place.key}|${data.role}`,
              personId: person.id,
              start: data.startDate,
              end: data.endDate,
              id: found.id,
            });
          }
        } else {
          if (!p.hasRoleOver(place.scopePath, ...positionEditorRoles(data.role)))
            throw cellProblem(null, ImportReasons.OUT_OF_SCOPE);
          creates.push({ row, data, person, place });
          if (SINGLE_HOLDER_ROLES.has(data.role)) {
            const k = `${place.key}|${data.role}`;
            if (!terms.has(k)) terms.set(k, []);
            terms.get(k)!.push({ id: null, personId: person.id, start: data.startDate, end: data.endDate, row });
            checked.push({ row, key: k, personId: person.id, start: data.startDate, end: data.endDate, id: null });
          }
        }
      } catch (e) {
        problems.add(row, e instanceof CellProblem ? e.column : null, e);
      }
    }
    // One holder at a time: each term the file writes against every other term of its place and role.
    const failed = new Set<number>();
    for (const c of checked) {
      const clash = terms
        .get(c.key)!
        .find((t) => t.row !== c.row && (t.id === null || t.id !== c.id) && overlaps(t.start, t.end, c.start, c.end));
      if (clash) {
        failed.add(c.row);
        problems.add(
          c.row,
          'startDate',
          fail(ImportReasons.OVERLAP, {
            params: { name: peopleById.get(clash.personId)?.name ?? '', startDate: clash.start },
          }),
        );
      }
    }
    const keptCreates = creates.filter((c) => !failed.has(c.row));
    return {
      created: keptCreates.length,
      updated: updates.filter((u) => !failed.has(u.row)).length,
      unchanged,
      async upsert(tx, base, batchId) {
        const ids = (
          await tx.execute<{ id: number }[]>(
            `select nextval('position_id_seq')::int as id from generate_series(1, ?)`,
            [keptCreates.length],
          )
        ).map((r) => r.id);
        const inserts = keptCreates.map((c, i) => ({
          id: ids[i],
          person_id: c.person.id,
          role: c.data.role,
          unit_id: c.place.unitId,
          department_id: c.place.departmentId,
          task_force_id: c.place.taskForceId,
          scope_unit_id: c.place.scopeUnitId,
          start_date: c.data.startDate,
          end_date: c.data.endDate,
          title: c.data.title,
        }));
        for (let i = 0; i < inserts.length; i += 20_000) {
          await tx.execute(
            `insert into position (id, person_id, role, unit_id, department_id, task_force_id, scope_unit_id, start_date, end_date, title)
             select id, person_id, role, unit_id, department_id, task_force_id, scope_unit_id, start_date, end_date, title
               from json_to_recordset(?::json) as x(id int, person_id int, role text, unit_id int, department_id int, task_force_id int,
                    scope_unit_id int, start_date date, end_date date, title text)`,
            [JSON.stringify(inserts.slice(i, i + 20_000))],
          );
        }
        for (let i = 0; i < updates.length; i += 20_000) {
          await tx.execute(
            `update position p set end_date = x.end_date, title = x.title, version = p.version + 1, updated_at = now()
               from json_to_recordset(?::json) as x(id int, end_date date, title text) where p.id = x.id`,
            [
              JSON.stringify(
                updates
                  .slice(i, i + 20_000)
                  .map((u) => ({ id: u.stored.id, end_date: u.data.endDate, title: u.data.title })),
              ),
            ],
          );
        }
        return [
          ...inserts.map((x, i) => ({
            ...base,
            targetType: 'Position',
            targetId: String(x.id),
            action: 'CREATE',
            changes: createdChanges({
              person: x.person_id,
              role: x.role,
              unit: x.unit_id,
              department: x.department_id,
              taskForce: x.task_force_id,
              scopeUnit: x.scope_unit_id,
              startDate: x.start_date,
              endDate: x.end_date,
              title: x.title,
            }),
            scopePath: keptCreates[i].place.scopePath,
            importBatchId: batchId,
          })),
          ...updates.map((u) => ({
            ...base,
            targetType: 'Position',
            targetId: String(u.stored.id),
            action: 'UPDATE',
            changes: u.changes,
            scopePath: u.stored.scope_path,
            importBatchId: batchId,
          })),
        ];
      },
    };
  },

  async exportRows({ em, p }, withinPath) {
    const scope = inScope(p, 'u.path', withinPath);
    const rows = await em.execute<
      (StoredPosition & {
        person_name: string;
        person_phone: string | null;
        person_code: string | null;
        person_unit_code: string | null;
        unit_code: string | null;
        department_code: string | null;
        star_name: string | null;
      })[]
    >(
      `select x.id, x.person_id, x.role, x.start_date::text as start_date, x.end_date::text as end_date, x.title,
              pe.name as person_name, pe.phone as person_phone, pe.code as person_code, pu.code as person_unit_code,
              pl.code as unit_code, d.code as department_code, s.name_zh as star_name
         from position x join unit u on u.id = x.scope_unit_id
         join person pe on pe.id = x.person_id join unit pu on pu.id = pe.unit_id
         left join unit pl on pl.id = x.unit_id left join department d on d.id = x.department_id
         left join star_task_force t on t.id = x.task_force_id left join star_type s on s.code = t.star_type_code
        where ${scope.sql} order by u.path, x.start_date, x.id`,
      scope.params,
    );
    return rows.map((r) => ({
      personId: r.person_id,
      personUnitCode: r.person_unit_code,
      personPhone: r.person_phone,
      personCode: r.person_code,
      personName: r.person_name,
      role: roleLabel(r.role),
      unitCode: r.unit_code,
      departmentCode: r.department_code,
      star: r.star_name,
      startDate: new Date(`${r.start_date}T00:00:00Z`),
      endDate: r.end_date ? new Date(`${r.end_date}T00:00:00Z`) : null,
      title: r.title,
    }));
  },
};

function placeColumn(role: PositionRole): string {
  const rule = ROLE_PLACE[role];
  return rule.taskForce ? 'star' : rule.unitLevels ? 'unitCode' : 'departmentCode';
}

function loadPositions(
  em: Parameters<KindDefinition<PositionRow>['diff']>[0]['em'],
  scope: { sql: string; params: string[] },
): Promise<StoredPosition[]> {
  return em.execute<StoredPosition[]>(
    `select x.id, x.person_id, x.role, x.unit_id, x.department_id, x.task_force_id, x.scope_unit_id, u.path as scope_path,
            x.start_date::text as start_date, x.end_date::text as end_date, x.title
       from position x join unit u on u.id = x.scope_unit_id where ${scope.sql}`,
    scope.params,
  );
}
