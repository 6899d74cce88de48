/**
 * Evidence of self-assessments and plan items: attached through the files module, readable exactly
 * where the record is readable, and nowhere else (404, like a file that does not exist).
 */
import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import { graphql } from '../gql';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082',
  'hex',
);

describe('evidence files of applications and plan items', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let branchId: string;

  const upload = async (token: string, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PNG)]), name);
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const download = async (token: string, id: string) =>
    (await fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${token}` } })).status;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    const em = t.orm.em.fork();
    // A township user of ANOTHER township.
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'township_x', '另一街道', password_hash from app_user where username = 'township'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select (select id from app_user where username = 'township_x'), 'TOWNSHIP_STAFF', x.id from unit x
        where x.level = 'TOWNSHIP' and x.id <> (select r.unit_id from role_assignment r join app_user u on u.id = r.user_id where u.username = 'township') order by x.id limit 1`,
    );
    for (const u of ['admin', 'taskforce', 'township', 'township_x', 'branch', 'supervisor']) tok[u] = await t.login(u);
    branchId = dataOf(
      await t.gql(
        graphql(`
          query StarsEvidenceBranches {
            branches(filter: { search: "樱桃沟社区" }) {
              items {
                id
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).branches.items[0].id;
  });
  afterAll(() => t.close());

  it("a self-assessment carries evidence per item; the file is unreadable outside the application's scope", async () => {
    const file = await upload(tok.branch, '党员大会记录.png');
    const task = dataOf(
      await t.gql(
        graphql(`
          query StarsEvidenceKeyTasks {
            keyTasks(perPage: 1, filter: { starCode: "STRONG_BRANCH", category: COMMUNITY }) {
              items {
                id
              }
            }
          }
        `),
        {},
        tok.admin,
      ),
    ).keyTasks.items[0].id;
    const app = dataOf(
      await t.gql(
        graphql(`
          mutation ApplyForStarIdItems($i: ApplyForStarInput!) {
            applyForStar(input: $i) {
              id
              items {
                evidence {
                  id
                  name
                  mimeType
                  url
                }
              }
            }
          }
        `),
        {
          i: {
            branchId,
            starCode: 'STRONG_BRANCH',
            year: 2026,
            items: [{ keyTaskId: task, met: true, score: 9, evidenceFileIds: [file] }],
          },
        },
        tok.branch,
      ),
    ).applyForStar;
    expect(app.items[0].evidence).toEqual([
      { id: file, name: '党员大会记录.png', mimeType: 'image/png', url: `/files/${file}` },
    ]);
    // inside the scope: the branch, its township, the district
    expect(await download(tok.branch, file)).toBe(200);
    expect(await download(tok.township, file)).toBe(200);
    expect(await download(tok.admin, file)).toBe(200);
    expect(await download(tok.supervisor, file)).toBe(200);
    // outside: another township, and the task force of another star — 404 like a missing file
    expect(await download(tok.township_x, file)).toBe(404);
    expect(await download(tok.taskforce, file)).toBe(404);
    expect(await download(tok.township_x, '999999')).toBe(404);
    // someone else's unattached upload cannot be attached
    const other = await upload(tok.township, '别人的.png');
    const refused = errorOf(
      await t.gql(
        graphql(`
          mutation ApplyForStar($i: ApplyForStarInput!) {
            applyForStar(input: $i) {
              id
            }
          }
        `),
        {
          i: {
            branchId,
            starCode: 'SAFETY_AND_RULE_OF_LAW',
            year: 2026,
            items: [{ keyTaskId: task, met: true, evidenceFileIds: [other] }],
          },
        },
        tok.branch,
      ),
    );
    expect(refused.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('plan items carry evidence, visible to whoever reads the item', async () => {
    const plan = dataOf(
      await t.gql(
        graphql(`
          query StarsEvidencePlans($u: ID!) {
            plans(filter: { unitId: $u, year: 2026 }) {
              items {
                id
              }
            }
          }
        `),
        { u: branchId },
        tok.branch,
      ),
    ).plans.items[0];
    const file = await upload(tok.branch, '进度照片.png');
    const item = dataOf(
      await t.gql(
        graphql(`
          mutation CreatePlanItemIdEvidence($p: ID!, $f: [ID!]) {
            createPlanItem(input: { planId: $p, title: "阵地建设", deadline: "2026-12-20", evidenceFileIds: $f }) {
              id
              evidence {
                id
              }
            }
          }
        `),
        { p: plan.id, f: [file] },
        tok.branch,
      ),
    ).createPlanItem;
    expect(item.evidence.map((e) => e.id)).toEqual([file]);
    const more = await upload(tok.branch, '验收.png');
    const upd = dataOf(
      await t.gql(
        graphql(`
          mutation UpdatePlanItemEvidence($id: ID!, $f: [ID!]) {
            updatePlanItem(id: $id, input: { progress: 80, evidenceFileIds: $f }) {
              evidence {
                id
              }
            }
          }
        `),
        { id: item.id, f: [more] },
        tok.branch,
      ),
    ).updatePlanItem;
    expect(upd.evidence.map((e) => e.id).sort()).toEqual([file, more].sort());
    expect(await download(tok.township, more)).toBe(200);
    expect(await download(tok.township_x, more)).toBe(404);
  });
});
