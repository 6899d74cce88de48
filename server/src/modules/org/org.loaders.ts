import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryViews, readViews } from '../../db/read-view';
import { groupedLoader } from '../../graphql/grouped-loader';
import { byKey, type LoaderScope } from '../../graphql/loaders';
import { Department } from './department.entity';
import { PositionRole } from './org.enums';
import { Person } from './person.entity';
import { Position } from './position.entity';
import { StarType } from './star-type.entity';
import { StarTaskForce } from './task-force.entity';
import { Unit } from './unit.entity';

/** Units by id as read views: every tree-walking field (township, district, ancestors) goes through it. */
function unitViews(em: EntityManager) {
  return new DataLoader<number, Unit | null>(async (ids) => {
    const rows = await queryViews(em, Unit, `select * from unit where id in (${ids.map(() => '?').join(',')})`, [
      ...ids,
    ]);
    const map = new Map(rows.map((u) => [u.id, u]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/**
 * The unit at a level at or above a unit, keyed `id:LEVEL` (a branch's township, a township's
 * district): one statement per level per request, reading only the units asked for.
 */
function ancestorAt(em: EntityManager) {
  return new DataLoader<string, Unit | null>(async (keys) => {
    const byLevel = new Map<string, number[]>();
    for (const k of keys) {
      const [id, level] = k.split(':');
      byLevel.set(level, [...(byLevel.get(level) ?? []), Number(id)]);
    }
    const found = new Map<string, Unit>();
    for (const [level, ids] of byLevel) {
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select b.id as of_id, a.* from unit b join unit a on a.level = ? and a.id = any(string_to_array(rtrim(b.path, '.'), '.')::int[])
          where b.id in (${ids.map(() => '?').join(',')})`,
        [level, ...ids],
      );
      readViews(em, Unit, rows).forEach((u, i) => found.set(`${String(rows[i].of_id)}:${level}`, u));
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}

/** Batch loaders of the org module: the unit tree, people, positions, task forces. */
export function orgLoaders({ em, today }: LoaderScope) {
  const activeOn = () => {
    const d = today();
    return { startDate: { $lte: d }, $or: [{ endDate: null }, { endDate: { $gte: d } }] };
  };
  return {
    unit: unitViews(em),
    ancestorAt: ancestorAt(em),
    person: byKey<Person, number>(em, Person, 'id'),
    department: byKey<Department, number>(em, Department, 'id'),
    taskForce: byKey<StarTaskForce, number>(em, StarTaskForce, 'id'),
    starType: byKey<StarType, string>(em, StarType, 'code'),
    children: groupedLoader<Unit>(
      (ids) => em.find(Unit, { parent: { $in: [...ids] } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }),
      (u) => u.parent!.id,
    ),
    childCount: new DataLoader<number, number>(async (ids) => {
      const rows = await em.execute<{ parent_id: number; n: string }[]>(
        `select parent_id, count(*) as n from unit where parent_id in (${ids.map(() => '?').join(',')}) group by parent_id`,
        [...ids],
      );
      const map = new Map(rows.map((r) => [Number(r.parent_id), Number(r.n)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    /** Positions currently held, by person. */
    activePositionsOfPerson: groupedLoader<Position>(
      (ids) =>
        em.find(Position, { $and: [{ person: { $in: [...ids] } }, activeOn()] }, { orderBy: { startDate: 'asc' } }),
      (p) => p.person.id,
    ),
    /** Current leader and members of task forces. */
    activeTaskForcePositions: groupedLoader<Position>(
      (ids) =>
        em.find(
          Position,
          {
            $and: [
              {
                taskForce: { $in: [...ids] },
                role: { $in: [PositionRole.TASK_FORCE_LEADER, PositionRole.TASK_FORCE_MEMBER] },
              },
              activeOn(),
            ],
          },
          { orderBy: { startDate: 'asc', id: 'asc' } },
        ),
      (p) => p.taskForce!.id,
    ),
  };
}
