import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

/** The number of SQL statements of a list page must not grow with its size. */
describe('no N+1 on list pages', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    // No job queue: its deliveries would send statements in the middle of a counted request.
    t = await startTestApp({ env: { JOB_QUEUE: '0' } });
    admin = await t.login('admin');
    // Enough API tokens to fill both page sizes.
    const unitId = dataOf(
      await t.gql(
        graphql(`
          query NPlusOneUnits {
            units(filter: { level: TOWNSHIP }, perPage: 1) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).units.items[0].id;
    for (let i = 0; i < 100; i++)
      dataOf(
        await t.gql(
          graphql(`
            mutation NPlusOneCreateApiToken($u: ID!, $n: String!) {
              createApiToken(input: { name: $n, unitId: $u }) {
                token
              }
            }
          `),
          { u: unitId, n: `令牌${i}` },
          admin,
        ),
      );
    // Enough import batches to fill both page sizes (made by SQL: the page reads them, it does not care how they came).
    await t.orm.em.fork().execute(
      `insert into import_batch (kind, user_id, username, scope_path, file_name, sha256, created, updated, unchanged, report, created_at)
         select 'UNITS', u.id, u.username, d.path, 'units-' || g || '.xlsx', repeat('0', 64), g, 0, 0,
                json_build_object('created', g, 'updated', 0, 'unchanged', 0, 'problems', '[]'::json), now()
           from generate_series(1, 100) g, app_user u, unit d where u.username = 'admin' and d.level = 'DISTRICT'`,
    );
    // Enough accounts too, each with its unit, a grant and a person.
    await t.orm.em.fork().execute(
      `with b as (select u.id as unit_id, p.id as person_id, row_number() over (order by u.id) as n
                    from unit u join person p on p.unit_id = u.id where u.level = 'BRANCH' limit 110),
            made as (insert into app_user (username, display_name, password_hash, unit_id, person_id)
                     select 'nplus' || n, '账号' || n, 'x', unit_id, person_id from b returning id, unit_id)
       insert into role_assignment (user_id, role, unit_id) select id, 'BRANCH_STAFF', unit_id from made`,
    );
    // Enough webhooks, and one webhook with enough deliveries of two attempts each.
    await t.orm.em.fork().execute(
      `insert into webhook (url, scope_unit_id, created_by_id, secret, enabled)
         select 'http://127.0.0.1:9/' || g, d.id, u.id, 'whsec_x', false from generate_series(1, 100) g, app_user u, unit d
          where u.username = 'admin' and d.level = 'DISTRICT'`,
    );
    await t.orm.em.fork().execute(
      `with e as (insert into event (type, resource_type, resource_id, payload, committed_at)
                  select 'unit.updated', 'Unit', g::text, '{}', now() from generate_series(1, 100) g returning id),
            d as (insert into webhook_delivery (webhook_id, event_id, created_at)
                  select (select min(id) from webhook), id, now() from e returning id)
       insert into webhook_attempt (delivery_id, at, ok, status_code, latency_ms) select id, now(), s > 1, 500, 3 from d, generate_series(1, 2) s`,
    );
    // Every item answers the problems and difficulties of its meeting (set by SQL, past the rule that
    // only methods and measures answer): the first page is all difficulties in the demo, and a page
    // without any answer skips that load, which is not a growth with page size.
    await t.orm.em.fork().execute(
      `update meeting_item m
          set answers_ids = coalesce((select jsonb_agg(p.id) from meeting_item p
                                       where p.meeting_id = m.meeting_id and p.id <> m.id
                                         and p.kind in ('PROBLEM', 'DIFFICULTY')), '[]')`,
    );
  });
  afterAll(() => t.close());

  it('webhook deliveries with their attempts', async () => {
    const [w] = await t.orm.em.fork().execute<{ id: number }[]>(`select min(id) as id from webhook`);
    const q = graphql(`
      query NPlusOneWebhookDeliveries($w: ID!, $n: Int!) {
        webhookDeliveries(webhookId: $w, perPage: $n) {
          total
          items {
            id
            eventType
            status
            attemptLog {
              statusCode
              latencyMs
            }
          }
        }
      }
    `);
    const count = async (n: number) => {
      await t.gql(q, { w: String(w.id), n }, admin);
      t.sql.reset();
      const d = dataOf(await t.gql(q, { w: String(w.id), n }, admin));
      expect(d.webhookDeliveries.items.length).toBe(n);
      return t.sql.count;
    };
    expect(await count(100)).toBe(await count(10));
  });

  /**
   * Statements of one request of the page, the fewest of three: work of the server that falls into
   * a request by timing (a session looked up again after a cache notification, a timer's job) only
   * ever adds, while an N+1 shows in every run.
   */
  async function statements(query: TypedDocumentNode<unknown, { n: number }>, perPage: number): Promise<number> {
    await t.gql(query, { n: perPage }, admin); // warm up (token last-used write)
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      t.sql.reset();
      dataOf(await t.gql(query, { n: perPage }, admin));
      counts.push(t.sql.count);
    }
    return Math.min(...counts);
  }

  it.each([
    [
      'branches with nested township',
      graphql(`
        query NPlusOneBranches($n: Int!) {
          branches(perPage: $n) {
            total
            items {
              id
              name
              township {
                id
                name
              }
            }
          }
        }
      `),
    ],
    [
      'branches with ancestors, district, parent and children count',
      graphql(`
        query NPlusOneBranchesItems($n: Int!) {
          branches(perPage: $n) {
            items {
              id
              ancestors {
                name
              }
              district {
                name
              }
              parent {
                name
              }
              childCount
            }
          }
        }
      `),
    ],
    [
      'people with unit and current positions',
      graphql(`
        query NPlusOnePeople($n: Int!) {
          people(perPage: $n) {
            items {
              name
              unit {
                name
              }
              currentPositions {
                role
                startDate
              }
            }
          }
        }
      `),
    ],
    [
      'positions with person, unit, department and task force',
      graphql(`
        query NPlusOnePositions($n: Int!) {
          positions(perPage: $n) {
            items {
              person {
                name
              }
              unit {
                name
              }
              department {
                name
              }
              taskForce {
                name
                starType {
                  nameZh
                }
              }
            }
          }
        }
      `),
    ],
    [
      'star owners',
      graphql(`
        query StarOwners($n: Int!) {
          starOwners(perPage: $n) {
            items {
              branch {
                name
              }
              person {
                name
              }
              starType {
                nameZh
              }
            }
          }
        }
      `),
    ],
    [
      'contact points',
      graphql(`
        query ContactPoints($n: Int!) {
          contactPoints(perPage: $n) {
            items {
              leader {
                name
              }
              unit {
                name
                township {
                  name
                }
              }
            }
          }
        }
      `),
    ],
    [
      'API tokens with scope and creator',
      graphql(`
        query ApiTokensItems($n: Int!) {
          apiTokens(perPage: $n) {
            items {
              name
              scopeUnit {
                name
              }
              createdBy {
                username
              }
            }
          }
        }
      `),
    ],
    [
      'webhooks with their unit',
      graphql(`
        query NPlusOneWebhooks($n: Int!) {
          webhooks(perPage: $n) {
            total
            items {
              id
              url
              enabled
              scopeUnit {
                name
              }
            }
          }
        }
      `),
    ],
    [
      'the event feed',
      graphql(`
        query NPlusOneEvents($n: Int!) {
          events(first: $n) {
            edges {
              cursor
              node {
                id
                type
                resourceType
                resourceId
                payload
              }
            }
          }
        }
      `),
    ],
    // (100 token creations above: 100 entries, whose visibility rules must not be checked row by row)
    [
      'audit entries with changes',
      graphql(`
        query NPlusOneAuditEntries($n: Int!) {
          auditEntries(perPage: $n) {
            total
            items {
              id
              at
              username
              operation
              action
              targetType
              targetId
              targetLabel
              actorName
              changes
              prevHash
              hash
            }
          }
        }
      `),
    ],
    [
      'import batches with their reports',
      graphql(`
        query NPlusOneImportBatches($n: Int!) {
          importBatches(perPage: $n) {
            total
            items {
              id
              kind
              username
              fileName
              created
              updated
              unchanged
              report
              createdAt
            }
          }
        }
      `),
    ],
    [
      'key tasks',
      graphql(`
        query NPlusOneKeyTasks($n: Int!) {
          keyTasks(perPage: $n) {
            items {
              code
              starType {
                nameZh
              }
              leadDepartment {
                name
              }
            }
          }
        }
      `),
    ],
    // star rating and plans
    [
      'branches with star level, stars, history and pairings',
      graphql(`
        query NPlusOneBranchesItems2($n: Int!) {
          branches(perPage: $n) {
            items {
              starLevel
              stars(year: 2026) {
                starCode
                status
              }
              starHistory {
                kind
                date
              }
              heldStars {
                since
              }
              pairings {
                strongBranch {
                  name
                }
                weakBranch {
                  name
                }
              }
            }
          }
        }
      `),
      12,
    ],
    [
      'plans with unit, star goals and roll-up',
      graphql(`
        query Plans($n: Int!) {
          plans(perPage: $n, filter: { level: BRANCH }) {
            items {
              title
              unit {
                name
              }
              stars {
                starCode
                intent
                owner {
                  name
                }
                starType {
                  nameZh
                }
              }
              rollup {
                total
                overdue
              }
            }
          }
        }
      `),
      10,
    ],
    [
      'plan items with plan, unit, key task and milestones',
      graphql(`
        query PlanItemsItems($n: Int!) {
          planItems(perPage: $n) {
            items {
              title
              overdue
              plan {
                title
              }
              unit {
                name
              }
              keyTask {
                title
              }
              responsiblePerson {
                name
              }
              milestones {
                dueDate
              }
            }
          }
        }
      `),
    ],
    [
      'star applications with branch, items, transitions, objections and allowed actions',
      graphql(`
        query StarApplications($n: Int!) {
          starApplications(perPage: $n) {
            items {
              status
              allowedActions
              branch {
                name
                starLevel
              }
              starType {
                nameZh
              }
              items {
                keyTask {
                  title
                }
              }
              transitions {
                toStatus
              }
              objections {
                status
              }
            }
          }
        }
      `),
      14,
    ],
    [
      'objections with application and allowed actions',
      graphql(`
        query StarObjectionsItems($n: Int!) {
          starObjections(perPage: $n) {
            items {
              status
              allowedActions
              application {
                status
              }
            }
          }
        }
      `),
    ],
    [
      'rectifications waiting for me (待我处理) with allowed actions',
      graphql(`
        query ActionableRectifications($n: Int!) {
          rectifications(perPage: $n, filter: { actionable: true }) {
            items {
              allowedActions
              submittedAt
            }
          }
        }
      `),
    ],
    // supervision and cadence
    // (scores' key tasks are left out: findings and scores resolving in different ticks would split one key-task batch in two, timing-dependent)
    [
      'spot checks with team, target, findings and scores',
      graphql(`
        query SpotChecks($n: Int!) {
          spotChecks(perPage: $n) {
            items {
              allowedActions
              team {
                name
                members {
                  username
                }
              }
              targetUnit {
                name
              }
              findingCount
              findings {
                severity
                allowedActions
                keyTask {
                  code
                }
                rectification {
                  status
                }
                evidence {
                  id
                }
              }
              scores {
                score
                keyTaskId
              }
            }
          }
        }
      `),
      14,
    ],
    [
      'findings with check, key task, claimant and rectification',
      graphql(`
        query Findings($n: Int!) {
          findings(perPage: $n) {
            items {
              allowedActions
              spotCheck {
                status
              }
              keyTask {
                code
              }
              claimedBy {
                name
              }
              rectification {
                status
                overdue
              }
              evidence {
                id
              }
            }
          }
        }
      `),
      10,
    ],
    [
      'rectifications with finding, unit, person and history',
      graphql(`
        query Rectifications($n: Int!) {
          rectifications(perPage: $n) {
            items {
              overdue
              allowedActions
              finding {
                description
              }
              responsibleUnit {
                name
              }
              responsiblePerson {
                name
              }
              events {
                action
              }
              evidence {
                id
              }
            }
          }
        }
      `),
      10,
    ],
    [
      'accounts with unit, person and grants',
      graphql(`
        query NPlusOneUsers($n: Int!) {
          users(perPage: $n) {
            total
            items {
              username
              roles
              unit {
                name
              }
              person {
                name
              }
              grants {
                role
                unit {
                  name
                }
              }
            }
          }
        }
      `),
    ],
    [
      'daily reports with unit',
      graphql(`
        query DailyReportsItems($n: Int!) {
          dailyReports(perPage: $n) {
            items {
              reportDate
              unit {
                name
              }
              figures {
                label
                value
              }
            }
          }
        }
      `),
    ],
    [
      'tours with visits',
      graphql(`
        query MonthlyObservationsItems($n: Int!) {
          monthlyObservations(perPage: $n) {
            items {
              unit {
                name
              }
              visits {
                score
                unit {
                  name
                }
              }
            }
          }
        }
      `),
    ],
    [
      'resident requests with unit, meeting and timeline (masked fields)',
      graphql(`
        query ResidentRequestsItems($n: Int!) {
          residentRequests(perPage: $n) {
            items {
              title
              stage
              residentName
              phone
              address
              overdue
              unit {
                name
              }
              meeting {
                topic
              }
              timeline {
                action
                byName
              }
            }
          }
        }
      `),
    ],
    [
      'consultation meetings with their requests',
      graphql(`
        query ResidentMeetingsItems($n: Int!) {
          residentMeetings(perPage: $n) {
            items {
              topic
              requestIds
              unit {
                name
              }
            }
          }
        }
      `),
    ],
    [
      'volunteers and supervisors with their person',
      graphql(`
        query CommunityMembersItems($n: Int!) {
          communityMembers(perPage: $n) {
            items {
              name
              kind
              person {
                name
              }
            }
          }
        }
      `),
    ],
    [
      'meetings with attendees, speakers, files and list items',
      graphql(`
        query MeetingsItems($n: Int!) {
          meetings(perPage: $n) {
            items {
              unit {
                name
              }
              attendees {
                name
              }
              speeches {
                topic
                person {
                  name
                }
              }
              evaluations {
                person {
                  name
                }
              }
              minutes {
                id
              }
              photos {
                id
              }
              items {
                kind
                overdue
              }
            }
          }
        }
      `),
    ],
    [
      'list items with owners, answered problems and history',
      graphql(`
        query MeetingItemsItems($n: Int!) {
          meetingItems(perPage: $n) {
            items {
              unit {
                name
              }
              ownerUnit {
                name
              }
              ownerPerson {
                name
              }
              overdue
              answers {
                content
              }
              events {
                action
              }
              evidence {
                id
              }
            }
          }
        }
      `),
    ],
    [
      'posts with cover, images, tags and review steps',
      graphql(`
        query PostsItems($n: Int!) {
          posts(perPage: $n) {
            items {
              unit {
                name
              }
              live
              cover {
                id
              }
              images {
                id
              }
              stars {
                nameZh
              }
              keyTasks {
                id
              }
              tagUnits {
                name
              }
              events {
                action
              }
            }
          }
        }
      `),
    ],
  ] as [string, TypedDocumentNode<unknown, { n: number }>, number?][])(
    '%s: perPage 10 and 100 send the same number of statements',
    async (_name, query, max = 8) => {
      const small = await statements(query, 10);
      const large = await statements(query, 100);
      expect(large).toBe(small);
      // Deep pages (a check with its team, findings, rectifications, evidence and scores) need one batch per level.
      expect(small).toBeLessThanOrEqual(max);
    },
  );
});
