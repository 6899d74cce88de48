/**
 * Loads the demo data set (demo-data.ts) once: idempotent, keyed on the demo district's code.
 * Never runs in production (config.seedDemo is false there).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../modules/auth/auth.service';
import { UserRole } from '../../common/roles';
import { RoleAssignment, User } from '../../modules/auth/user.entity';
import { ContactPoint } from '../../modules/org/contact-point.entity';
import { Department } from '../../modules/org/department.entity';
import {
  BranchCategory,
  type BranchKind,
  PositionRole,
  type TownshipKind,
  UnitLevel,
} from '../../modules/org/org.enums';
import { Person } from '../../modules/org/person.entity';
import { Position } from '../../modules/org/position.entity';
import { StarOwner } from '../../modules/org/star-owner.entity';
import { StarTaskForce } from '../../modules/org/task-force.entity';
import { Unit } from '../../modules/org/unit.entity';
import { KeyTask } from '../../modules/stars/key-task.entity';
import { StarType } from '../../modules/org/star-type.entity';
import { demoData, type StarCode } from './demo-data';
import { seedStarsDemo } from './stars-demo';
import { seedSupervisionDemo } from './supervision-demo';
import { seedResidentsDemo } from './residents-demo';
import { seedPublicityDemo } from './publicity-demo';
import { seedTrainingDemo } from './training-demo';
import { seedInboxDemo } from './inbox-demo';

export const DEMO_PASSWORD = 'fivestar';

export const DEMO_ACCOUNTS = [
  { username: 'admin', role: UserRole.DISTRICT_ADMIN, description: '区级管理员（区委组织部）District admin' },
  { username: 'leader', role: UserRole.LEADER, description: '区领导 District leader' },
  {
    username: 'taskforce',
    role: UserRole.TASK_FORCE,
    description: '产业兴旺星专班成员 Member of the INDUSTRY_PROSPERITY task force',
  },
  { username: 'supervisor', role: UserRole.SUPERVISOR, description: '督导组成员 Supervision team member' },
  {
    username: 'township',
    role: UserRole.TOWNSHIP_STAFF,
    description: '樱桃沟景区管委会书记 Secretary of a township-level unit',
  },
  { username: 'branch', role: UserRole.BRANCH_STAFF, description: '樱桃沟社区书记 Secretary of a branch inside it' },
] as const;

const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Returns false when the demo data was already there. */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  const d = demoData;
  if (await em.count(Unit, { code: d.district.code })) return false;

  await em.transactional(async (tx) => {
    const total = 3 + d.townships.length + d.townships.reduce((n, t) => n + t.branches.length, 0);
    const ids = (
      await tx.execute<{ id: number }[]>(`select nextval('unit_id_seq')::int as id from generate_series(1, ?)`, [total])
    ).map((r) => r.id);
    let order = 0;
    const unit = (data: {
      name: string;
      code: string;
      level: UnitLevel;
      parent: Unit | null;
      sample: boolean;
      townshipKind?: TownshipKind;
      branchKind?: BranchKind;
      category?: BranchCategory;
    }) => {
      const id = ids.shift()!;
      return tx.create(Unit, {
        id,
        name: data.name,
        code: data.code,
        level: data.level,
        parent: data.parent,
        path: `${data.parent?.path ?? ''}${id}.`,
        depth: data.parent ? data.parent.depth + 1 : 0,
        townshipKind: data.townshipKind ?? null,
        branchKind: data.branchKind ?? null,
        category: data.category ?? null,
        isSample: data.sample,
        sortOrder: order++,
      });
    };
    const province = unit({ ...d.province, level: UnitLevel.PROVINCE, parent: null, sample: false });
    const city = unit({ ...d.city, level: UnitLevel.CITY, parent: province, sample: false });
    const district = unit({ ...d.district, level: UnitLevel.DISTRICT, parent: city, sample: false });

    const stars = new Map<string, StarType>();
    for (const s of d.starTypes) {
      stars.set(s.code, tx.create(StarType, { ...s, categories: [BranchCategory.RURAL, BranchCategory.COMMUNITY] }));
    }
    const departments = new Map<string, Department>();
    d.departments.forEach((dep, i) =>
      departments.set(
        dep.code,
        tx.create(Department, { district, code: dep.code, name: dep.name, shortName: dep.shortName, sortOrder: i }),
      ),
    );
    for (const k of d.keyTasks) {
      tx.create(KeyTask, {
        edition: d.keyTaskEdition,
        code: k.code,
        starType: stars.get(k.starCode)!,
        category: k.category as BranchCategory,
        title: k.title,
        description: k.description,
        weight: k.weight,
        requiredEvidence: k.requiredEvidence,
        leadDepartment: departments.get(k.leadDepartmentCode) ?? null,
        sortOrder: k.sortOrder,
        isSample: true,
      });
    }

    const people = new Map<string, Person>();
    const person = (name: string, at: Unit, title: string | null = null) => {
      const p = tx.create(Person, { name, title, unit: at, isSample: true });
      people.set(name, p);
      return p;
    };
    const start = d.positionsStartOn;
    const position = (
      p: Person,
      role: PositionRole,
      place: { unit?: Unit; department?: Department; taskForce?: StarTaskForce },
      startDate = start,
      endDate: string | null = null,
      title: string | null = null,
    ) =>
      tx.create(Position, {
        person: p,
        role,
        unit: place.unit ?? null,
        department: place.department ?? null,
        taskForce: place.taskForce ?? null,
        scopeUnit: place.unit ?? district,
        startDate,
        endDate,
        title,
      });

    const secretary = person(d.partySecretary, district, '区委书记');
    position(secretary, PositionRole.PARTY_SECRETARY, { unit: district }, start, null, '区委书记');
    const minister = person(d.organizationMinister, district, '区委常委、组织部部长');
    position(minister, PositionRole.ORGANIZATION_MINISTER, { unit: district }, start, null, '区委常委、组织部部长');

    const taskForces = new Map<string, StarTaskForce>();
    for (const tf of d.taskForces) {
      const force = tx.create(StarTaskForce, {
        district,
        starType: stars.get(tf.starCode)!,
        leadDepartment: departments.get(tf.leadDepartmentCode)!,
        name: tf.name,
      });
      taskForces.set(tf.starCode, force);
      position(person(tf.leader, district, `${tf.name}负责人`), PositionRole.TASK_FORCE_LEADER, { taskForce: force });
      for (const m of tf.members)
        position(person(m, district, `${tf.name}成员`), PositionRole.TASK_FORCE_MEMBER, { taskForce: force });
    }

    const byCode = new Map<string, Unit>();
    const changes = new Map(d.secretaryChanges.map((c) => [c.branchCode, c]));
    for (const t of d.townships) {
      const township = unit({
        name: t.name,
        code: t.code,
        level: UnitLevel.TOWNSHIP,
        parent: district,
        sample: t.sample,
        townshipKind: t.kind as TownshipKind,
      });
      byCode.set(t.code, township);
      position(person(t.secretary, township, `${t.name}党（工）委书记`), PositionRole.TOWNSHIP_SECRETARY, {
        unit: township,
      });
      for (const b of t.branches) {
        const branch = unit({
          name: b.name,
          code: b.code,
          level: UnitLevel.BRANCH,
          parent: township,
          sample: b.sample,
          branchKind: b.kind as BranchKind,
          category: b.category as BranchCategory,
        });
        byCode.set(b.code, branch);
        const change = changes.get(b.code);
        const sec = person(b.secretary, branch, `${b.name}党组织书记`);
        const secStart = change ? dayAfter(change.changedOn) : start;
        position(sec, PositionRole.BRANCH_SECRETARY, { unit: branch }, secStart);
        if (change) {
          const prev = person(change.previousSecretary, branch, `${b.name}原党组织书记`);
          position(prev, PositionRole.BRANCH_SECRETARY, { unit: branch }, change.previousStart, change.changedOn);
        }
        for (const m of b.members)
          position(person(m, branch, `${b.name}支委委员`), PositionRole.BRANCH_MEMBER, { unit: branch });
        for (const [code, owner] of Object.entries(b.starOwners) as [StarCode, string][]) {
          const starType = stars.get(code)!;
          if (change && owner === b.secretary) {
            // The previous secretary owned the star until the handover; the new one from the day after.
            tx.create(StarOwner, {
              branch,
              starType,
              person: people.get(change.previousSecretary)!,
              startDate: start,
              endDate: change.changedOn,
            });
            tx.create(StarOwner, { branch, starType, person: sec, startDate: secStart });
          } else {
            tx.create(StarOwner, { branch, starType, person: people.get(owner)!, startDate: start });
          }
        }
      }
    }

    for (const l of d.countyLeaders) {
      const leader = person(l.name, district, l.title);
      position(leader, PositionRole.COUNTY_LEADER, { unit: district }, start, null, l.title);
      for (const code of l.contactUnitCodes)
        tx.create(ContactPoint, { leader, unit: byCode.get(code)!, startDate: start });
    }

    const supervisorPerson = person('示例督导员', district, '区委第一督导组成员');
    position(supervisorPerson, PositionRole.SUPERVISOR, { unit: district });

    // The demo accounts.
    const cherry = d.townships.find((t) => t.branches.some((b) => b.name === '樱桃沟社区'))!;
    const cherryBranch = cherry.branches.find((b) => b.name === '樱桃沟社区')!;
    const industry = d.taskForces.find((t) => t.starCode === 'INDUSTRY_PROSPERITY')!;
    const hash = await hashPassword(DEMO_PASSWORD);
    const accounts: {
      username: string;
      displayName: string;
      person: Person | null;
      role: UserRole;
      unit: Unit;
      star?: StarType;
      active?: boolean;
    }[] = [
      {
        username: 'admin',
        displayName: '区委组织部管理员',
        person: null,
        role: UserRole.DISTRICT_ADMIN,
        unit: district,
      },
      { username: 'leader', displayName: d.partySecretary, person: secretary, role: UserRole.LEADER, unit: district },
      {
        username: 'taskforce',
        displayName: industry.members[0],
        person: people.get(industry.members[0])!,
        role: UserRole.TASK_FORCE,
        unit: district,
        star: stars.get('INDUSTRY_PROSPERITY'),
      },
      {
        username: 'supervisor',
        displayName: supervisorPerson.name,
        person: supervisorPerson,
        role: UserRole.SUPERVISOR,
        unit: district,
      },
      {
        username: 'township',
        displayName: cherry.secretary,
        person: people.get(cherry.secretary)!,
        role: UserRole.TOWNSHIP_STAFF,
        unit: byCode.get(cherry.code)!,
      },
      {
        username: 'branch',
        displayName: cherryBranch.secretary,
        person: people.get(cherryBranch.secretary)!,
        role: UserRole.BRANCH_STAFF,
        unit: byCode.get(cherryBranch.code)!,
      },
    ];
    // More township and branch accounts, so that the account screens show real lists: staff of two
    // more townships, and the secretaries of a few branches in each of the three (one of them inactive).
    const others = d.townships.filter((t) => t !== cherry).slice(0, 2);
    others.forEach((t, i) =>
      accounts.push({
        username: `township${i + 2}`,
        displayName: t.secretary,
        person: people.get(t.secretary) ?? null,
        role: UserRole.TOWNSHIP_STAFF,
        unit: byCode.get(t.code)!,
      }),
    );
    let n = 2;
    for (const t of [cherry, ...others]) {
      for (const b of t.branches.filter((x) => x !== cherryBranch).slice(0, 3)) {
        accounts.push({
          username: `branch${n++}`,
          displayName: b.secretary,
          person: people.get(b.secretary) ?? null,
          role: UserRole.BRANCH_STAFF,
          unit: byCode.get(b.code)!,
          active: n !== 10,
        });
      }
    }
    for (const a of accounts) {
      const user = tx.create(User, {
        username: a.username,
        displayName: a.displayName,
        passwordHash: hash,
        person: a.person,
        unit: a.unit,
        active: a.active ?? true,
      });
      tx.create(RoleAssignment, { user, role: a.role, unit: a.unit, starType: a.star ?? null });
    }
    await tx.flush();
    // Held stars, applications, plans, pairings (the demo 'branch' user's own branch starts at 0 stars)
    await seedStarsDemo(tx, district.id, cherryBranch.code);
    // Supervision teams, spot checks, rectifications; daily reports, monthly tours.
    await seedSupervisionDemo(tx);
    await seedResidentsDemo(tx, hash);
    await seedPublicityDemo(tx);
    // Question bank, the year's 20 knowledge tests with their results, training sessions.
    await seedTrainingDemo(tx, district.id);
    await seedInboxDemo(tx, district.id);
  });
  return true;
}
