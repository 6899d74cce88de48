/**
 * Stars issue: the domain operations of plans, the battle map, the rating lifecycle and the
 * printable kit that are not react-admin CRUD. The only GraphQL text of these screens.
 */
import { call } from './call';
import { liveToken } from './session';

export interface BattleMapRow {
  unitId: string;
  unitName: string;
  unitLevel: string;
  total: number;
  notStarted: number;
  inProgress: number;
  done: number;
  overdue: number;
  nextDeadline: string | null;
  completion: number;
  starLevel: number | null;
  branches: number;
  branchesByLevel: number[];
  keepStars: number;
  targetStars: number;
  striveStars: number;
}
export interface BattleMapData {
  asOf: string;
  year: number;
  unit: { id: string; name: string; level: string };
  rows: BattleMapRow[];
}
export interface BranchStarsData {
  id: string;
  name: string;
  starLevel: number;
  stars: {
    starCode: string;
    status: string;
    since: string | null;
    applicationId: string | null;
    applicationStatus: string | null;
  }[];
  starHistory: { starCode: string; kind: string; date: string; reason: string | null; by: string | null }[];
  pairings: {
    id: string;
    startDate: string;
    endDate: string | null;
    note: string | null;
    strongBranch: { id: string; name: string };
    weakBranch: { id: string; name: string };
  }[];
}
export interface BranchProfileData {
  year: number;
  tasks: { id: string; code: string; title: string; starType: { nameZh: string; nameEn: string } }[];
  baseline: { label: string; value: string }[];
  measures: { id: string; title: string; deadline: string; status: string; progress: number; overdue: boolean }[];
  mechanisms: { title: string; detail: string }[];
  ratingMethod: string[];
}

const APP_FIELDS = 'id status allowedActions';
const MILESTONE_FIELDS = 'id title dueDate doneOn';

export interface PlanMilestone {
  id: string;
  title: string;
  dueDate: string;
  doneOn: string | null;
}
/** One self-assessment item as the API takes it (applyForStar, resubmitStarApplication). */
export interface ApplicationItemInput {
  keyTaskId: string;
  met: boolean;
  score?: number | null;
  note?: string | null;
  /** Files uploaded with POST /files, attached to the item (added to what it already has). */
  evidenceFileIds?: string[];
}

export const starsProvider = {
  battleMap: (unitId: string, year: number) =>
    call<BattleMapData>(
      `query BattleMap($u: ID!, $y: Int!) { battleMap(unitId: $u, year: $y) { asOf year unit { id name level } rows { unitId unitName unitLevel total notStarted inProgress done overdue nextDeadline completion starLevel branches branchesByLevel keepStars targetStars striveStars } } }`,
      { u: unitId, y: year },
      { key: 'battleMap' },
    ),
  reviewStarApplication: (id: string, decision: 'APPROVE' | 'REJECT' | 'RETURN', comment: string | null) =>
    call(
      `mutation Review($id: ID!, $i: ReviewStarApplicationInput!) { reviewStarApplication(id: $id, input: $i) { ${APP_FIELDS} } }`,
      { id, i: { decision, comment } },
      { key: 'reviewStarApplication' },
    ),
  resubmitStarApplication: (id: string, items: ApplicationItemInput[], comment: string | null) =>
    call(
      `mutation Resubmit($id: ID!, $i: ResubmitStarApplicationInput!) { resubmitStarApplication(id: $id, input: $i) { ${APP_FIELDS} } }`,
      { id, i: { items, comment } },
      { key: 'resubmitStarApplication' },
    ),
  addPlanMilestone: (itemId: string, input: { title: string; dueDate: string }) =>
    call<PlanMilestone>(
      `mutation AddMilestone($item: ID!, $i: MilestoneInput!) { addPlanMilestone(itemId: $item, input: $i) { ${MILESTONE_FIELDS} } }`,
      { item: itemId, i: input },
      { key: 'addPlanMilestone' },
    ),
  /** Change a milestone: `doneOn` a date marks it done, `null` undoes that; fields left out stay. */
  updatePlanMilestone: (id: string, input: { title?: string; dueDate?: string; doneOn?: string | null }) =>
    call<PlanMilestone>(
      `mutation UpdateMilestone($id: ID!, $i: UpdateMilestoneInput!) { updatePlanMilestone(id: $id, input: $i) { ${MILESTONE_FIELDS} } }`,
      { id, i: input },
      { key: 'updatePlanMilestone' },
    ),
  fileObjection: (applicationId: string, reason: string) =>
    call(
      `mutation FileObjection($id: ID!, $r: String!) { fileObjection(applicationId: $id, reason: $r) { id status } }`,
      { id: applicationId, r: reason },
      { key: 'fileObjection' },
    ),
  resolveObjection: (id: string, upheld: boolean, comment: string | null) =>
    call(
      `mutation ResolveObjection($id: ID!, $u: Boolean!, $c: String) { resolveObjection(id: $id, upheld: $u, comment: $c) { id status } }`,
      { id, u: upheld, c: comment },
      { key: 'resolveObjection' },
    ),
  finalizeStarAward: (id: string) =>
    call(
      `mutation Finalize($id: ID!) { finalizeStarAward(id: $id) { ${APP_FIELDS} } }`,
      { id },
      { key: 'finalizeStarAward' },
    ),
  endStar: (kind: 'revokeStar' | 'downgradeStar', branchId: string, starCode: string, reason: string) =>
    call(
      `mutation EndStar($b: ID!, $s: String!, $r: String!) { ${kind}(branchId: $b, starCode: $s, reason: $r) { id until } }`,
      { b: branchId, s: starCode, r: reason },
      { key: kind },
    ),
  pairBranches: (strongBranchId: string, weakBranchId: string, note: string | null) =>
    call(
      `mutation Pair($i: PairBranchesInput!) { pairBranches(input: $i) { id } }`,
      { i: { strongBranchId, weakBranchId, note } },
      { key: 'pairBranches' },
    ),
  endPairing: (id: string) =>
    call(`mutation EndPairing($id: ID!) { endPairing(id: $id) { id endDate } }`, { id }, { key: 'endPairing' }),
  branchStars: (id: string, year: number) =>
    call<BranchStarsData>(
      `query BranchStars($id: ID!, $y: Int!) { branch(id: $id) { id name starLevel stars(year: $y) { starCode status since applicationId applicationStatus } starHistory { starCode kind date reason by } pairings { id startDate endDate note strongBranch { id name } weakBranch { id name } } } }`,
      { id, y: year },
      { key: 'branch' },
    ),
  branchProfile: (id: string, year: number) =>
    call<BranchProfileData>(
      `query BranchProfile($id: ID!, $y: Int) { branchProfile(id: $id, year: $y) { year tasks { id code title starType { nameZh nameEn } } baseline { label value } measures { id title deadline status progress overdue } mechanisms { title detail } ratingMethod } }`,
      { id, y: year },
      { key: 'branchProfile' },
    ),
  /** Open an evidence file (GET /files/:id needs the bearer token, so a plain link would not do). */
  async openFile(url: string, name: string): Promise<void> {
    const token = liveToken();
    const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!res.ok) throw new Error(`file ${res.status}`);
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  },
  /** Upload one evidence file (POST /files); returns its id for `evidenceFileIds`. */
  async uploadEvidence(file: File): Promise<{ id: string; name: string }> {
    const token = liveToken();
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await fetch('/files', {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = (await res.json()) as { id?: string; name?: string; errors?: { message: string }[] };
    if (!res.ok || !body.id) throw new Error(body.errors?.[0]?.message ?? `upload ${res.status}`);
    return { id: String(body.id), name: body.name ?? file.name };
  },
  /** The printable kit with the bearer token: HTML opens in a new tab, PDF and .xlsx download. */
  async downloadKit(branchId: string, kind: 'html' | 'pdf' | 'xlsx', year: number): Promise<void> {
    const token = liveToken();
    const ext = kind === 'html' ? '' : `.${kind}`;
    const res = await fetch(`/kit/branches/${encodeURIComponent(branchId)}${ext}?year=${year}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!res.ok) throw new Error(`kit ${res.status}`);
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    if (kind === 'html') {
      window.open(url, '_blank', 'noopener');
    } else {
      const a = document.createElement('a');
      a.href = url;
      const cd = res.headers.get('content-disposition') ?? '';
      const name = /filename\*=UTF-8''([^;]+)/.exec(cd)?.[1];
      a.download = name ? decodeURIComponent(name) : `kit-${branchId}.${kind}`;
      document.body.appendChild(a);
      a.click();
      a.remove();
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
