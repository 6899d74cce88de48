import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { fail } from '../../common/reasons';
import { checkText, likeEscape } from '../../common/validate';
import { orderBy, offset, type ListArgs, type Page } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import type { Principal } from '../../common/principal';
import { Department, BranchCategory, StarCodeReasons, StarType } from '../org/public';
import { KeyTask } from './key-task.entity';
import { KeyTaskReasons, KeytaskReasons, StarsReasons } from './stars.errors';

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
    if (!s) throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { code: 'NOT_FOUND', params: { code } });
    return s;
  }

  async requireStar(code: string | null | undefined, field = 'starCode'): Promise<StarType> {
    const s = code ? await this.em.findOne(StarType, { code }) : null;
    if (!s) throw fail(StarCodeReasons.UNKNOWN_STAR_CODE, { field, params: { code: code ?? '' } });
    return s;
  }

  async createStarType(p: Principal, data: StarTypeData): Promise<StarType> {
    assertCatalogEditor(p);
    const code = checkText(data.code ?? '', 'code', 40);
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw fail(StarsReasons.BAD_CODE, { field: 'code' });
    if (await this.em.count(StarType, { code }))
      throw fail(StarsReasons.CODE_TAKEN, { field: 'code', params: { code } });
    if (!data.categories?.length) throw fail(StarsReasons.CATEGORIES_REQUIRED, { field: 'categories' });
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
    assertCatalogEditor(p);
    const s = await this.starType(code);
    if (version !== undefined) await this.em.lock(s, LockMode.OPTIMISTIC, version);
    if (data.nameZh !== undefined) s.nameZh = checkText(data.nameZh, 'nameZh', 40);
    if (data.nameEn !== undefined) s.nameEn = checkText(data.nameEn, 'nameEn', 80);
    if (data.communityNameZh !== undefined) s.communityNameZh = data.communityNameZh?.trim() || null;
    if (data.categories !== undefined) {
      if (!data.categories.length) throw fail(StarsReasons.CATEGORIES_REQUIRED, { field: 'categories' });
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
    if (!k) throw fail(KeytaskReasons.NOT_FOUND);
    return k;
  }

  async createKeyTask(p: Principal, data: KeyTaskData): Promise<KeyTask> {
    assertCatalogEditor(p);
    const starType = await this.requireStar(data.starCode);
    const category = data.category!;
    if (!starType.categories.includes(category)) {
      throw fail(StarsReasons.CATEGORY_NOT_COVERED, { field: 'category', params: { star: starType.code } });
    }
    const edition = data.edition!;
    const code = checkText(data.code ?? '', 'code', 40);
    if (await this.em.count(KeyTask, { edition, code }))
      throw fail(KeyTaskReasons.CODE_TAKEN, { field: 'code', params: { code, edition } });
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
    assertCatalogEditor(p);
    const task = await this.getKeyTask(id);
    if (version !== undefined) await this.em.lock(task, LockMode.OPTIMISTIC, version);
    if (data.starCode !== undefined) task.starType = await this.requireStar(data.starCode);
    if (data.category !== undefined) task.category = data.category;
    const star = await this.em.findOneOrFail(StarType, { code: task.starType.code });
    if (!star.categories.includes(task.category)) {
      throw fail(StarsReasons.CATEGORY_NOT_COVERED, { field: 'category', params: { star: star.code } });
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
    if (!d) throw fail(KeyTaskReasons.DEPARTMENT_NOT_FOUND, { field: 'leadDepartmentId' });
    return d;
  }
}

/** The catalog is edited by district admins only. */
function assertCatalogEditor(p: Principal): void {
  if (!p.hasRole(UserRole.DISTRICT_ADMIN)) throw fail(StarsReasons.FORBIDDEN);
}
