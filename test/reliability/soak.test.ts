/**
 * Soak: 30 clients as the six demo users, for SOAK_SECONDS (default 120), sending the mix a busy
 * morning sends — nested lists, single reads, the accountability chain at today and past dates,
 * updates with the version read just before, and a few requests the API must refuse. Every answer
 * must be the one expected for that user (a refusal counts when it is the refusal expected); no 5xx.
 *
 * The server runs in this process (startTestApp), so its memory is this process's memory: heap and
 * RSS are sampled at the start, 25 %, 50 % and the end. Timing is printed, never asserted (machines
 * differ); heap growth from the 25 % mark to the end is asserted under a generous bound, which only
 * a real leak (per-request state kept forever) crosses.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { dataOf, startTestApp, type TestApp, type CaseDocument, type VariablesArgs } from '../helpers/app';
import { gqlRequest, mb, percentile, prng, send, type Prng, type RawResponse } from './support';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from '../gql';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const CLIENTS = 30;
const USERS = ['admin', 'leader', 'taskforce', 'supervisor', 'township', 'branch'] as const;
type User = (typeof USERS)[number];
const STARS = [
  'INDUSTRY_PROSPERITY',
  'ECOLOGICAL_LIVABILITY',
  'SAFETY_AND_RULE_OF_LAW',
  'CIVILITY_AND_HAPPINESS',
  'STRONG_BRANCH',
];
const HEAP_GROWTH_LIMIT = 150 * 1024 * 1024;

/**
 * A forced full GC makes heap samples comparable (garbage not yet collected is not a leak). `gc` is
 * global only under --expose-gc; otherwise V8 can still be asked for it at run time. If neither
 * works, samples are taken as they are and the bound stays generous enough for that.
 */
function findGc(): (() => void) | undefined {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

interface Call {
  name: string;
  query: CaseDocument;
  variables?: Record<string, unknown>;
  /** The outcome this user must get: 'ok' or `CODE/REASON` (a prefix `CODE/` matches any reason). */
  expect: string;
  /** Run before the call, e.g. to read the version to send. */
  prepare?: () => Promise<Record<string, unknown>>;
}

interface Sample {
  at: string;
  requests: number;
  heapUsed: number;
  rss: number;
}

describe(`soak: ${CLIENTS} clients for ${SECONDS} s`, () => {
  let t: TestApp;
  const tokens = {} as Record<User, string>;
  let ownBranchId: string;
  let townshipBranchIds: string[];
  let otherBranchIds: string[];
  let personIds: string[];
  let districtId: string;

  beforeAll(async () => {
    // The per-user rate limit (600/min by default) would refuse most of 30 clients' requests: that
    // limit is tested elsewhere; here the server itself is under load.
    t = await startTestApp({
      env: { RATE_LIMIT_USER_PER_MINUTE: '1000000', RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE: '1000' },
    });
    for (const u of USERS) tokens[u] = await t.login(u);
    const q = <R, V>(s: TypedDocumentNode<R, V>, ...[v]: VariablesArgs<V>) => t.gql(s, v, tokens.admin).then(dataOf);
    const own = (
      await q(
        graphql(`
          query SoakBranches {
            branches(filter: { search: "樱桃沟社区" }) {
              items {
                id
                township {
                  id
                }
              }
            }
          }
        `),
      )
    ).branches.items[0];
    ownBranchId = own.id;
    townshipBranchIds = (
      await q(
        graphql(`
          query SoakBranchesItems($t: ID) {
            branches(filter: { parentId: $t }, perPage: 100) {
              items {
                id
              }
            }
          }
        `),
        {
          t: own.township!.id,
        },
      )
    ).branches.items.map((b) => b.id);
    const all = await q(
      graphql(`
        query BranchesAndUnits {
          branches(perPage: 100) {
            items {
              id
            }
          }
          d: units(filter: { level: DISTRICT }) {
            items {
              id
            }
          }
        }
      `),
    );
    otherBranchIds = all.branches.items.map((b) => b.id).filter((id) => !townshipBranchIds.includes(id));
    districtId = all.d.items[0].id;
    personIds = (
      await q(
        graphql(`
          query PeopleItems {
            people(perPage: 100) {
              items {
                id
              }
            }
          }
        `),
      )
    ).people.items.map((p) => p.id);
  });
  afterAll(() => t.close());

  /** What client `c` (signed in as `user`) sends next. Writers each own their records: no races between clients. */
  function nextCall(user: User, c: number, rng: Prng): Call {
    const pastDate = `202${rng.int(4, 5)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}T08:00:00+08:00`;
    const inScope =
      user === 'branch'
        ? [ownBranchId]
        : user === 'township'
          ? townshipBranchIds
          : [...townshipBranchIds, ...otherBranchIds];
    const star = user === 'taskforce' ? 'INDUSTRY_PROSPERITY' : rng.pick(STARS);
    const reads: Call[] = [
      {
        name: 'branches (nested)',
        query: graphql(`
          query SoakBranchesTotalItems($p: Int!) {
            branches(perPage: 20, page: $p, sortField: "name") {
              total
              items {
                id
                name
                category
                township {
                  name
                }
                ancestors {
                  name
                }
              }
            }
          }
        `),
        variables: { p: rng.int(1, 3) },
        expect: 'ok',
      },
      {
        name: 'townships with children',
        query: graphql(`
          query UnitsTotalItems {
            units(filter: { level: TOWNSHIP }) {
              total
              items {
                id
                name
                childCount
                children {
                  id
                  name
                }
              }
            }
          }
        `),
        expect: 'ok',
      },
      {
        name: 'people (nested)',
        query: graphql(`
          query PeopleTotalItems {
            people(perPage: 20) {
              total
              items {
                id
                name
                unit {
                  name
                }
                currentPositions {
                  role
                  unit {
                    name
                  }
                }
              }
            }
          }
        `),
        expect: 'ok',
      },
      {
        name: 'positions',
        query: graphql(`
          query Positions {
            positions(perPage: 25, filter: { activeOn: "2025-03-01" }) {
              total
              items {
                role
                startDate
                endDate
                person {
                  name
                }
              }
            }
          }
        `),
        expect: 'ok',
      },
      {
        name: 'task forces',
        query: graphql(`
          query TaskForces {
            taskForces {
              items {
                starCode
                leader {
                  name
                }
                leadDepartment {
                  name
                }
                members {
                  name
                }
              }
            }
          }
        `),
        expect: 'ok',
      },
      {
        name: 'key tasks',
        query: graphql(`
          query KeyTasksTotalItems($s: String) {
            keyTasks(perPage: 30, filter: { starCode: $s }) {
              total
              items {
                code
                title
                weight
                leadDepartment {
                  name
                }
              }
            }
          }
        `),
        variables: { s: star },
        expect: 'ok',
      },
      {
        name: 'branch',
        query: graphql(`
          query Branch($id: ID!) {
            branch(id: $id) {
              id
              name
              version
              township {
                name
              }
              ancestors {
                name
              }
            }
          }
        `),
        variables: { id: rng.pick(inScope) },
        expect: 'ok',
      },
      {
        name: 'me',
        query: graphql(`
          query MeUsernameRolesGrants {
            me {
              username
              roles
              grants {
                role
                unit {
                  name
                }
              }
            }
          }
        `),
        expect: 'ok',
      },
      {
        name: 'chain today',
        query: graphql(`
          query AccountabilityChainDateLinks($b: ID!, $s: String!) {
            accountabilityChain(branchId: $b, starCode: $s) {
              date
              links {
                role
                vacant
                person {
                  name
                }
                unit {
                  name
                }
                department {
                  name
                }
              }
            }
          }
        `),
        variables: { b: rng.pick(inScope), s: star },
        expect: 'ok',
      },
      {
        name: 'chain at a past date',
        query: graphql(`
          query SoakAccountabilityChain($b: ID!, $s: String!, $at: DateTime) {
            accountabilityChain(branchId: $b, starCode: $s, at: $at) {
              date
              links {
                role
                vacant
                since
                until
                person {
                  name
                }
              }
            }
          }
        `),
        variables: { b: rng.pick(inScope), s: star, at: pastDate },
        expect: 'ok',
      },
    ];
    // Each writer owns one branch (and admins one person): the version it reads is the one it sends.
    const writerIndex = Math.floor(c / USERS.length);
    const ownBranch =
      user === 'township'
        ? townshipBranchIds[writerIndex % townshipBranchIds.length]
        : otherBranchIds[(writerIndex * 7) % otherBranchIds.length];
    const ownPerson = personIds[(c * 3) % personIds.length];
    const writes: Call[] =
      user === 'admin' || user === 'township'
        ? [
            {
              name: 'update branch (fresh version)',
              query: graphql(`
                mutation UpdateUnitIdVersion($id: ID!, $n: String!, $v: Int) {
                  updateUnit(id: $id, input: { name: $n, version: $v }) {
                    id
                    version
                  }
                }
              `),
              prepare: async () => {
                const u = dataOf(
                  await t.gql(
                    graphql(`
                      query Unit($id: ID!) {
                        unit(id: $id) {
                          name
                          version
                        }
                      }
                    `),
                    { id: ownBranch },
                    tokens[user],
                  ),
                ).unit;
                return { id: ownBranch, n: `${String(u.name).replace(/ #\d+$/, '')} #${rng.int(0, 99)}`, v: u.version };
              },
              expect: 'ok',
            },
          ]
        : [];
    if (user === 'admin') {
      writes.push({
        name: 'update person (fresh version)',
        query: graphql(`
          mutation UpdatePerson($id: ID!, $t: String, $v: Int) {
            updatePerson(id: $id, input: { title: $t, version: $v }) {
              id
              version
            }
          }
        `),
        prepare: async () => {
          const p = dataOf(
            await t.gql(
              graphql(`
                query Person($id: ID!) {
                  person(id: $id) {
                    version
                  }
                }
              `),
              { id: ownPerson },
              tokens.admin,
            ),
          ).person;
          return { id: ownPerson, t: `浸泡测试 ${rng.int(0, 999)}`, v: p.version };
        },
        expect: 'ok',
      });
    }
    // Requests this user must be refused, with the refusal the README promises.
    const refusals: Record<User, Call> = {
      township: {
        name: "another township's branch",
        query: graphql(`
          query BranchIdName($id: ID!) {
            branch(id: $id) {
              id
              name
            }
          }
        `),
        variables: { id: rng.pick(otherBranchIds) },
        expect: 'NOT_FOUND/',
      },
      branch: {
        name: 'branch staff edits a unit',
        query: graphql(`
          mutation UpdateUnitId($id: ID!) {
            updateUnit(id: $id, input: { name: "x" }) {
              id
            }
          }
        `),
        variables: { id: ownBranchId },
        expect: 'FORBIDDEN/',
      },
      taskforce: {
        name: 'chain of another star',
        query: graphql(`
          query AccountabilityChainDate($b: ID!) {
            accountabilityChain(branchId: $b, starCode: "STRONG_BRANCH") {
              date
            }
          }
        `),
        variables: { b: rng.pick(otherBranchIds) },
        expect: 'FORBIDDEN/CHAIN.OTHER_STAR',
      },
      leader: {
        name: 'leader creates a department',
        query: graphql(`
          mutation CreateDepartmentId($d: ID!) {
            createDepartment(input: { districtId: $d, code: "NOPE", name: "x" }) {
              id
            }
          }
        `),
        variables: { d: districtId },
        expect: 'FORBIDDEN/',
      },
      supervisor: {
        name: 'supervisor reads the audit trail',
        query: graphql(`
          query SoakAuditEntries {
            auditEntries {
              total
            }
          }
        `),
        expect: 'FORBIDDEN/',
      },
      admin: {
        name: 'stale version',
        query: graphql(`
          mutation SoakUpdateUnit($id: ID!, $v: Int) {
            updateUnit(id: $id, input: { sortOrder: 1, version: $v }) {
              id
            }
          }
        `),
        prepare: async () => {
          const u = dataOf(
            await t.gql(
              graphql(`
                query UnitVersion($id: ID!) {
                  unit(id: $id) {
                    version
                  }
                }
              `),
              { id: ownBranch },
              tokens.admin,
            ),
          ).unit;
          return { id: ownBranch, v: u.version + 1000 };
        },
        expect: 'CONFLICT/RECORD.STALE_VERSION',
      },
    };
    const roll = rng.next();
    if (roll < 0.05) return refusals[user];
    if (roll < 0.2 && writes.length) return rng.pick(writes);
    return rng.pick(reads);
  }

  it(
    'serves every request as expected, without a 5xx, and without growing the heap',
    async () => {
      const latencies: number[] = [];
      const byStatus = new Map<number, number>();
      const byCall = new Map<string, number>();
      const msByCall = new Map<string, number>();
      const unexpected: string[] = [];
      let unexpectedCount = 0;
      const note = (what: string) => {
        if (unexpectedCount++ < 20) unexpected.push(what);
      };
      let requests = 0;
      let refusalsSeen = 0;
      let resets = 0;
      const started = performance.now();
      const deadline = started + SECONDS * 1000;

      const client = async (c: number) => {
        const user = USERS[c % USERS.length];
        const rng = prng(1000 + c);
        while (performance.now() < deadline) {
          const call = nextCall(user, c, rng);
          let variables: Record<string, unknown> | undefined;
          try {
            variables = call.prepare ? await call.prepare() : call.variables;
          } catch (e) {
            note(
              `${user} ${call.name}: reading the version first failed: ${String((e as Error).message).slice(0, 200)}`,
            );
            continue;
          }
          const request = gqlRequest(print(call.query), variables, tokens[user]);
          let res: RawResponse;
          try {
            res = await send(t.url, request);
          } catch {
            // A keep-alive connection closed by the server just as the client reused it (likelier here,
            // where client and server share one busy event loop). Browsers resend such a request once;
            // so does this client, and the resets are counted and printed.
            resets++;
            try {
              res = await send(t.url, request);
            } catch (e) {
              note(`${user} ${call.name}: ${(e as Error).message} ${String((e as Error).cause ?? '')}`);
              continue;
            }
          }
          requests++;
          latencies.push(res.ms);
          byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
          byCall.set(call.name, (byCall.get(call.name) ?? 0) + 1);
          msByCall.set(call.name, (msByCall.get(call.name) ?? 0) + res.ms);
          const e = res.json?.errors?.[0];
          const got = e
            ? `${e.extensions?.code}/${e.extensions?.reason}`
            : res.json?.data
              ? 'ok'
              : `no data (${res.text.slice(0, 80)})`;
          const expected = call.expect.endsWith('/') ? got.startsWith(call.expect) : got === call.expect;
          if (call.expect !== 'ok' && expected) refusalsSeen++;
          if (!expected || res.status >= 500)
            note(`${user} ${call.name}: expected ${call.expect}, got ${res.status} ${got} ${e?.message ?? ''}`);
        }
      };

      const gc = findGc();
      const samples: Sample[] = [];
      const sample = (at: string) => {
        gc?.();
        const m = process.memoryUsage();
        samples.push({ at, requests, heapUsed: m.heapUsed, rss: m.rss });
      };
      const sleepUntil = (fraction: number) =>
        new Promise((r) => setTimeout(r, Math.max(0, started + fraction * SECONDS * 1000 - performance.now())));

      sample('start');
      const clients = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
      await sleepUntil(0.25);
      sample('25 %');
      await sleepUntil(0.5);
      sample('50 %');
      await clients;
      sample('end');

      const elapsed = (performance.now() - started) / 1000;
      const sorted = [...latencies].sort((a, b) => a - b);
      const quarter = samples.find((s) => s.at === '25 %')!;
      const end = samples.find((s) => s.at === 'end')!;
      const growth = end.heapUsed - quarter.heapUsed;
      console.log(
        [
          `soak: ${CLIENTS} clients × ${SECONDS} s as ${USERS.join(', ')}${gc ? ' (forced full GC before each sample)' : ' (no GC available: samples without a forced GC)'}`,
          `requests done        ${requests}`,
          `requests per second  ${(requests / elapsed).toFixed(1)}`,
          `latency p50 / p95    ${percentile(sorted, 50).toFixed(1)} ms / ${percentile(sorted, 95).toFixed(1)} ms (max ${sorted[sorted.length - 1]?.toFixed(0)} ms)`,
          `statuses             ${[...byStatus.entries()].map(([k, v]) => `${k}×${v}`).join('  ')}`,
          `expected refusals    ${refusalsSeen}`,
          `unexpected outcomes  ${unexpectedCount}`,
          `connection resets    ${resets} (each resent once)`,
          `mix (mean latency)   ${[...byCall.entries()].map(([k, v]) => `${k}×${v} (${Math.round((msByCall.get(k) ?? 0) / v)} ms)`).join(', ')}`,
          '',
          'mark    requests   heapUsed     rss',
          ...samples.map(
            (s) =>
              `${s.at.padEnd(6)}  ${String(s.requests).padStart(8)}   ${mb(s.heapUsed).padStart(9)}  ${mb(s.rss).padStart(9)}`,
          ),
          `heap growth start→end ${mb(end.heapUsed - samples[0].heapUsed)}, 25 %→end ${mb(growth)} (limit ${mb(HEAP_GROWTH_LIMIT)}); rss growth start→end ${mb(end.rss - samples[0].rss)}`,
          ...(unexpected.length ? ['UNEXPECTED:', ...unexpected] : []),
        ].join('\n'),
      );

      expect(requests).toBeGreaterThan(CLIENTS);
      expect(unexpected).toEqual([]);
      expect([...byStatus.keys()].filter((s) => s >= 500)).toEqual([]);
      expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT);
      // Still healthy after the load.
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    },
    SECONDS * 1000 + 120_000,
  );
});
