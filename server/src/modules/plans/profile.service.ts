import type { EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../common/reasons';
import type { Principal } from '../../common/principal';
import { UnitLevel, Unit, StarType, BranchReasons } from '../org/public';
import { KeyTask, BranchStar, StarApplication, StarSettings } from '../stars/public';
import { Plan, PlanItem, PlanMilestone, PlanStar } from './plan.entity';
import { PlanItemStatus, PlanStarIntent } from './plans.enums';
import { shanghaiDate } from '../../common/dates';

export interface ProfileFigure {
  label: string;
  value: string;
}
export interface ProfileMechanism {
  title: string;
  detail: string;
}
export interface KitStar {
  code: string;
  name: string;
  held: boolean;
  since: string | null;
  intent: PlanStarIntent | null;
  owner: string | null;
}
export interface KitData {
  branch: Unit;
  township: Unit | null;
  year: number;
  today: string;
  plan: Plan | null;
  stars: KitStar[];
  starLevel: number;
  items: (PlanItem & { milestoneList: PlanMilestone[]; overdue: boolean })[];
  tasks: (KeyTask & { starName: string })[];
  figures: ProfileFigure[];
  mechanisms: ProfileMechanism[];
  ratingMethod: string[];
  counts: { total: number; notStarted: number; inProgress: number; done: number; overdue: number; completion: number };
}

export const STATUS_ZH: Record<string, string> = { NOT_STARTED: '未开始', IN_PROGRESS: '进行中', DONE: '已完成' };
export const INTENT_ZH: Record<PlanStarIntent, string> = { KEEP: '保', TARGET: '冲', STRIVE: '争' };

/** Work mechanisms of the campaign (DOMAIN §7): the same for every branch. */
export const MECHANISMS: ProfileMechanism[] = [
  { title: '每日一报告 Daily report', detail: '每日报告工作进展、数据和困难 What was done, figures, blockers' },
  { title: '每月一观摩 Monthly tour', detail: '每月组织观摩、互学互比 Monthly observation tours and scores' },
  {
    title: '每季度一评比 Quarterly appraisal',
    detail: '按任务进度、督导结果、整改和观摩得分排名 Ranking by progress, spot checks, rectification and tours',
  },
  {
    title: '包星责任制 Star ownership (包星)',
    detail: '支委成员每人包一颗星 Each committee member answers for one star',
  },
  {
    title: '挂图作战、倒排工期 Battle map, backward schedule',
    detail: '任务上墙、节点倒排、逾期预警 Tasks on the board, milestones back from deadlines, overdue flagged',
  },
];

/** Branch profile ("四个一口清") and the data of the printable kit ("一图一表一清单"). */
export class ProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    private readonly settings: StarSettings,
  ) {}

  async kit(p: Principal, branchId: number, year?: number | null): Promise<KitData> {
    const branch = await this.em.findOne(Unit, { id: branchId });
    if (!branch || branch.level !== UnitLevel.BRANCH || !p.canRead(branch.path)) throw fail(BranchReasons.NOT_FOUND);
    const today = shanghaiDate(this.now());
    const y = year ?? Number(today.slice(0, 4));
    const township = branch.parent ? await this.em.findOne(Unit, { id: branch.parent.id }) : null;
    const [plan, held, starTypes, apps] = await Promise.all([
      this.em.findOne(Plan, { unit: branch, year: y }),
      this.em.find(BranchStar, { branch, until: null }),
      this.em.find(StarType, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } }),
      this.em.count(StarApplication, { branch, year: y }),
    ]);
    const planStars = plan ? await this.em.find(PlanStar, { plan }, { populate: ['owner'] }) : [];
    const items = plan
      ? await this.em.find(PlanItem, { plan }, { orderBy: { deadline: 'asc', sortOrder: 'asc', id: 'asc' } })
      : [];
    const milestones = items.length
      ? await this.em.find(
          PlanMilestone,
          { item: { $in: items.map((i) => i.id) } },
          { orderBy: { dueDate: 'asc', id: 'asc' } },
        )
      : [];
    const applicable = starTypes.filter((s) => !branch.category || s.categories.includes(branch.category));
    const stars: KitStar[] = applicable.map((s) => {
      const h = held.find((b) => b.starType.code === s.code);
      const ps = planStars.find((x) => x.starType.code === s.code);
      const name = branch.category === 'COMMUNITY' && s.communityNameZh ? s.communityNameZh : s.nameZh;
      return {
        code: s.code,
        name,
        held: !!h,
        since: h?.since ?? null,
        intent: ps?.intent ?? null,
        owner: ps?.owner?.name ?? null,
      };
    });
    const focus = stars.filter((s) => s.held || s.intent).map((s) => s.code);
    const tasks = branch.category
      ? await this.em.find(
          KeyTask,
          { category: branch.category, ...(focus.length ? { starType: { code: { $in: focus } } } : {}) },
          { orderBy: { sortOrder: 'asc', id: 'asc' } },
        )
      : [];
    const nameOf = new Map(stars.map((s) => [s.code, s.name]));
    const withMs = items.map((i) =>
      Object.assign(i, {
        milestoneList: milestones.filter((m) => m.item.id === i.id),
        overdue: i.status !== PlanItemStatus.DONE && i.deadline < today,
      }),
    );
    const counts = {
      total: items.length,
      notStarted: items.filter((i) => i.status === PlanItemStatus.NOT_STARTED).length,
      inProgress: items.filter((i) => i.status === PlanItemStatus.IN_PROGRESS).length,
      done: items.filter((i) => i.status === PlanItemStatus.DONE).length,
      overdue: withMs.filter((i) => i.overdue).length,
      completion: items.length ? Math.round((items.reduce((s, i) => s + i.progress, 0) / items.length) * 10) / 10 : 0,
    };
    const keep = stars.filter((s) => s.intent === PlanStarIntent.KEEP || s.held).length;
    const figures: ProfileFigure[] = [
      { label: '星级 Star level', value: `${held.length} 星` },
      {
        label: '已获星 Stars held',
        value:
          stars
            .filter((s) => s.held)
            .map((s) => s.name)
            .join('、') || '无',
      },
      {
        label: '创星目标 Goal',
        value: `保${keep}${stars.some((s) => s.intent === 'TARGET') ? `冲${keep + stars.filter((s) => s.intent === 'TARGET').length}` : ''}${stars.some((s) => s.intent === 'STRIVE') ? `争${keep + stars.filter((s) => s.intent !== 'KEEP' && s.intent).length}` : ''}`,
      },
      { label: '规划任务 Plan items', value: String(counts.total) },
      { label: '已完成 Done', value: String(counts.done) },
      { label: '逾期 Overdue', value: String(counts.overdue) },
      { label: '平均进度 Completion', value: `${counts.completion}%` },
      { label: '本年度创星申请 Applications this year', value: String(apps) },
    ];
    return {
      branch,
      township,
      year: y,
      today,
      plan,
      stars,
      starLevel: held.length,
      items: withMs,
      tasks: tasks.map((t) => Object.assign(t, { starName: nameOf.get(t.starType.code) ?? t.starType.code })),
      figures,
      mechanisms: MECHANISMS,
      ratingMethod: [
        '支部对照该星重点任务逐项自评，上传佐证材料 Self-assessment per key task with evidence',
        '乡镇（街道）初审 → 专班审核 → 区级审定 Township review → task force → district decision',
        `公示 ${this.settings.noticeDays} 天，期间可提出异议；异议成立则停止命名 Public notice of ${this.settings.noticeDays} days; an upheld objection stops the award`,
        '公示期满命名；动态管理，可降星或取消 Award after notice; stars can be downgraded or revoked',
        this.settings.strongBranchRequiredForFifth
          ? '第五颗星须以支部过硬星为前提 STRONG_BRANCH is required for a fifth star'
          : '第五颗星不要求支部过硬星 No prerequisite for a fifth star',
      ],
      counts,
    };
  }
}
