import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { assertRole } from '../../common/access';
import { badInput, conflict, notFound } from '../../common/errors';
import { checkText, likeEscape } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import { Department, BranchCategory, StarType } from '../org/public';
import { KeyTask } from './key-task.entity';

export interface StarTypeData {
  code?: string;
  nameZh?: string;
  nameEn?: string;
  communityNameZh?: string | null;
  categories?: BranchCategory[];
  description?: string | null;
  sortOrder?: number;
}

export interface KeyTaskData {
  edition?: number;
  code?: string;
  starCode?: string;
  category?: BranchCategory;
  title?: string;
  description?: string | null;
  weight?: number;
  requiredEvidence?: string | null;
  leadDepartmentId?: number | null;
  sortOrder?: number;
}

export interface KeyTaskFilter {
  starCode?: string | null;
  category?: BranchCategory | null;
  edition?: number | null;
  search?: string | null;
  ids?: number[] | null;
}

/** The star catalog: star types and the key tasks of each standards edition. Read by all, edited by district admins. */
export class CatalogService {
  constructor(private readonly em: EntityManager) {}

  starTypes(category?: BranchCategory | null): Promise<StarType[]> {
    return this.em.find(StarType, category ? { categories: { $contains: [category] } } : {}, {
      orderBy: { sortOrder: 'asc', code: 'asc' },
    });
  }

  async starType(code: string): Promise<StarType> {
    const s = await this.em.findOne(StarType, { code });
    if (!s) throw notFound('starType', 'STARS.UNKNOWN_STAR_CODE');
    return s;
  }

  async requireStar(code: string | null | undefined, field = 'starCode'): Promise<StarType> {
    const s = code ? await this.em.findOne(StarType, { code }) : null;
    if (!s) throw badInput(field, 'STARS.UNKNOWN_STAR_CODE', `未知的星类型 ${code ?? ''} (unknown star code)`);
    return s;
  }

  async createStarType(p: Principal, data: StarTypeData): Promise<StarType> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], 'STARS.FORBIDDEN');
    const code = checkText(data.code ?? '', 'code', 40);
    if (!/^[A-Z][A-Z0-9_]*$/.test(code))
      throw badInput('code', 'STARS.BAD_CODE', '编码只能包含大写字母、数字和下划线 (code: A–Z, 0–9, _)');
    if (await this.em.count(StarType, { code }))
      throw conflict('STARS.CODE_TAKEN', `星类型编码 ${code} 已存在 (code already used)`, { field: 'code' });
    if (!data.categories?.length)
      throw badInput(
        'categories',
        'STARS.CATEGORIES_REQUIRED',
        '请至少选择一个适用类别 (choose at least one category)',
      );
    return this.em.create(StarType, {
      code,
      nameZh: checkText(data.nameZh ?? '', 'nameZh', 40),
      nameEn: checkText(data.nameEn ?? '', 'nameEn', 80),
      communityNameZh: data.communityNameZh?.trim() || null,
      categories: [...new Set(data.categories)],
      description: data.description?.trim() || null,
      sortOrder: data.sortOrder ?? 0,
    });
  }

  async updateStarType(p: Principal, code: string, data: StarTypeData, version?: number): Promise<StarType> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], 'STARS.FORBIDDEN');
    const s = await this.starType(code);
    if (version !== undefined) await this.em.lock(s, LockMode.OPTIMISTIC, version);
    if (data.nameZh !== undefined) s.nameZh = checkText(data.nameZh, 'nameZh', 40);
    if (data.nameEn !== undefined) s.nameEn = checkText(data.nameEn, 'nameEn', 80);
    if (data.communityNameZh !== undefined) s.communityNameZh = data.communityNameZh?.trim() || null;
    if (data.categories !== undefined) {
      if (!data.categories.length)
        throw badInput(
          'categories',
          'STARS.CATEGORIES_REQUIRED',
          '请至少选择一个适用类别 (choose at least one category)',
        );
      s.categories = [...new Set(data.categories)];
    }
    if (data.description !== undefined) s.description = data.description?.trim() || null;
    if (data.sortOrder !== undefined) s.sortOrder = data.sortOrder;
    return s;
  }

  async listKeyTasks(filter: KeyTaskFilter, args: ListArgs): Promise<Page<KeyTask>> {
    const where: FilterQuery<KeyTask>[] = [];
    if (filter.starCode) where.push({ starType: await this.requireStar(filter.starCode, 'filter.starCode') });
    if (filter.category) where.push({ category: filter.category });
    if (filter.edition) where.push({ edition: filter.edition });
    if (filter.ids) where.push({ id: { $in: filter.ids } });
    if (filter.search?.trim()) {
      const s = `%${likeEscape(filter.search.trim())}%`;
      where.push({ $or: [{ title: { $ilike: s } }, { code: { $ilike: s } }] });
    }
    const [items, total] = await this.em.findAndCount(KeyTask, where.length ? { $and: where } : {}, {
      orderBy: orderBy(
        args,
        { id: 'id', code: 'code', title: 'title', weight: 'weight', edition: 'edition', sortOrder: 'sortOrder' },
        'sortOrder',
      ),
      ...offset(args),
    });
    return { items, total };
  }

  async getKeyTask(id: number): Promise<KeyTask> {
    const k = await this.em.findOne(KeyTask, { id });
    if (!k) throw notFound('keyTask');
    return k;
  }

  async createKeyTask(p: Principal, data: KeyTaskData): Promise<KeyTask> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], 'STARS.FORBIDDEN');
    const starType = await this.requireStar(data.starCode);
    const category = data.category!;
    if (!starType.categories.includes(category)) {
      throw badInput(
        'category',
        'STARS.CATEGORY_NOT_COVERED',
        `${starType.nameZh} 不适用于该类别 (the star does not apply to this category)`,
      );
    }
    const edition = data.edition!;
    const code = checkText(data.code ?? '', 'code', 40);
    if (await this.em.count(KeyTask, { edition, code }))
      throw conflict(
        'KEY_TASK.CODE_TAKEN',
        `任务编码 ${code} 在 ${edition} 版中已存在 (code already used in this edition)`,
        { field: 'code' },
      );
    const task = this.em.create(KeyTask, {
      edition,
      code,
      starType,
      category,
      title: checkText(data.title ?? '', 'title', 200),
      description: data.description?.trim() || null,
      weight: data.weight ?? 0,
      requiredEvidence: data.requiredEvidence?.trim() || null,
      leadDepartment: await this.department(data.leadDepartmentId),
      sortOrder: data.sortOrder ?? 0,
    });
    return task;
  }

  async updateKeyTask(p: Principal, id: number, data: KeyTaskData, version?: number): Promise<KeyTask> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], 'STARS.FORBIDDEN');
    const task = await this.getKeyTask(id);
    if (version !== undefined) await this.em.lock(task, LockMode.OPTIMISTIC, version);
    if (data.starCode !== undefined) task.starType = await this.requireStar(data.starCode);
    if (data.category !== undefined) task.category = data.category;
    const star = await this.em.findOneOrFail(StarType, { code: task.starType.code });
    if (!star.categories.includes(task.category)) {
      throw badInput(
        'category',
        'STARS.CATEGORY_NOT_COVERED',
        `${star.nameZh} 不适用于该类别 (the star does not apply to this category)`,
      );
    }
    if (data.title !== undefined) task.title = checkText(data.title, 'title', 200);
    if (data.description !== undefined) task.description = data.description?.trim() || null;
    if (data.weight !== undefined) task.weight = data.weight;
    if (data.requiredEvidence !== undefined) task.requiredEvidence = data.requiredEvidence?.trim() || null;
    if (data.leadDepartmentId !== undefined) task.leadDepartment = await this.department(data.leadDepartmentId);
    if (data.sortOrder !== undefined) task.sortOrder = data.sortOrder;
    return task;
  }

  private async department(id: number | null | undefined): Promise<Department | null> {
    if (!id) return null;
    const d = await this.em.findOne(Department, { id });
    if (!d)
      throw badInput('leadDepartmentId', 'KEY_TASK.DEPARTMENT_NOT_FOUND', '牵头部门不存在 (department not found)');
    return d;
  }
}
