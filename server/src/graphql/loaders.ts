/**
 * Per-request batch loaders: a field resolver asks for one record, the loader fetches every record
 * asked for in the same tick with one `IN (...)` query. This is what keeps list pages from N+1.
 */
import DataLoader from 'dataloader';
import { groupedLoader } from './grouped-loader';
import { queryViews, readViews } from '../db/read-view';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { Department } from '../modules/org/department.entity';
import { PositionRole } from '../modules/org/org.enums';
import { Person } from '../modules/org/person.entity';
import { Position } from '../modules/org/position.entity';
import { StarTaskForce } from '../modules/org/task-force.entity';
import { Unit } from '../modules/org/unit.entity';
import { StarType } from '../modules/org/star-type.entity';
import { RoleAssignment, User } from '../modules/auth/user.entity';
// stars issue
import { planLoaders } from '../modules/plans/plans.loaders';
import { ratingLoaders } from '../modules/stars/rating.loaders';
import { FileReference, StoredFile } from '../modules/files/file.entity';
// cadence
import { ObservationVisit } from '../modules/cadence/cadence.entity';
// supervision
import { KeyTask } from '../modules/stars/key-task.entity';
import {
  Finding,
  Rectification,
  RectificationEvent,
  SpotCheck,
  SpotCheckScore,
  SupervisionTeam,
  SupervisionTeamMember,
} from '../modules/supervision/supervision.entity';

function byKey<T extends object, K extends string | number>(em: EntityManager, entity: EntityName<T>, key: string) {
  return new DataLoader<K, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as never);
    const map = new Map(rows.map((r) => [(r as Record<string, unknown>)[key] as K, r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

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

function groupBy<T extends object>(
  _em: EntityManager,
  load: (keys: readonly number[]) => Promise<T[]>,
  keyOf: (row: T) => number,
) {
  return groupedLoader(load, keyOf);
}

export function createLoaders(
  em: EntityManager,
  today: () => string,
  now: () => Date = () => new Date(`${today()}T12:00:00+08:00`),
) {
  const activeOn = () => {
    const d = today();
    return { startDate: { $lte: d }, $or: [{ endDate: null }, { endDate: { $gte: d } }] };
  };
  return {
    unit: unitViews(em),
    ancestorAt: ancestorAt(em),
    user: byKey<User, number>(em, User, 'id'),
    person: byKey<Person, number>(em, Person, 'id'),
    department: byKey<Department, number>(em, Department, 'id'),
    taskForce: byKey<StarTaskForce, number>(em, StarTaskForce, 'id'),
    starType: byKey<StarType, string>(em, StarType, 'code'),
    children: groupBy<Unit>(
      em,
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
    roleAssignmentsOfUser: groupBy<RoleAssignment>(
      em,
      (ids) => em.find(RoleAssignment, { user: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (r) => r.user.id,
    ),
    /** Positions currently held, by person. */
    activePositionsOfPerson: groupBy<Position>(
      em,
      (ids) =>
        em.find(Position, { $and: [{ person: { $in: [...ids] } }, activeOn()] }, { orderBy: { startDate: 'asc' } }),
      (p) => p.person.id,
    ),
    /** Current leader and members of task forces. */
    activeTaskForcePositions: groupBy<Position>(
      em,
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
    // stars issue: plans, battle map, ratings
    ...planLoaders(em, now),
    ...ratingLoaders(em),
    /**
     * Evidence files of records, keyed `RecordType:id` (the record's own visibility has been
     * checked by whoever resolved the record).
     */
    evidence: new DataLoader<string, StoredFile[]>(async (keys) => {
      const pairs = keys.map((k) => {
        const i = k.lastIndexOf(':');
        return { recordType: k.slice(0, i), recordId: Number(k.slice(i + 1)) };
      });
      const refs = await em.find(FileReference, { $or: pairs }, { populate: ['file'], orderBy: { id: 'asc' } });
      const map = new Map<string, StoredFile[]>();
      for (const r of refs) {
        const k = `${r.recordType}:${r.recordId}`;
        if (!map.has(k)) map.set(k, []);
        map.get(k)!.push(r.file);
      }
      return keys.map((k) => map.get(k) ?? []);
    }),
    // supervision
    keyTask: byKey<KeyTask, number>(em, KeyTask, 'id'),
    supervisionTeam: byKey<SupervisionTeam, number>(em, SupervisionTeam, 'id'),
    spotCheck: byKey<SpotCheck, number>(em, SpotCheck, 'id'),
    finding: byKey<Finding, number>(em, Finding, 'id'),
    teamMembers: groupBy<SupervisionTeamMember>(
      em,
      (ids) =>
        em.find(SupervisionTeamMember, { team: { $in: [...ids] } }, { populate: ['user'], orderBy: { id: 'asc' } }),
      (m) => m.team.id,
    ),
    findingsOfSpotCheck: groupBy<Finding>(
      em,
      (ids) => em.find(Finding, { spotCheck: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (f) => f.spotCheck.id,
    ),
    scoresOfSpotCheck: groupBy<SpotCheckScore>(
      em,
      (ids) => em.find(SpotCheckScore, { spotCheck: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (s) => s.spotCheck.id,
    ),
    rectificationOfFinding: new DataLoader<number, Rectification | null>(async (ids) => {
      const rows = await em.find(Rectification, { finding: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.finding.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    eventsOfRectification: groupBy<RectificationEvent>(
      em,
      (ids) => em.find(RectificationEvent, { rectification: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (e) => e.rectification.id,
    ),
    // cadence
    visitsOfObservation: groupBy<ObservationVisit>(
      em,
      (ids) => em.find(ObservationVisit, { observation: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (v) => v.observation.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
