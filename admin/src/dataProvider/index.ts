/**
 * The console's data provider: ra-data-graphql with our own buildQuery (the only place that
 * knows the GraphQL grammar), a static schema (no introspection over the network), errors mapped
 * to react-admin's HttpError, and the few domain queries that are not CRUD.
 */
import { getNamedType, isEnumType, parse } from 'graphql';
import {
  GET_MANY,
  HttpError,
  type DataProvider,
  type GetListResult,
  type GetManyReferenceParams,
  type GetListParams,
} from 'ra-core';
import buildGraphQLProvider from 'ra-data-graphql';
import { graphql } from '../gql';
import type { AccountabilityChainQuery } from '../gql/graphql';
import { Grammar, MAX_ALIASED_RECORDS, MAX_PER_PAGE, buildQueryFactory, splitPage, stripTypename } from './buildQuery';
import { client } from './client';
import { localMessage, toHttpError } from './errors';
import { RESOURCES } from './resources';
import { introspection, schema } from './schema';
import { starsProvider } from './stars';
import { statsProvider } from './stats';
import { systemProvider } from './system';
import { accountsProvider } from './accounts';

const CHAIN_QUERY = graphql(`
  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {
    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {
      date
      branch {
        id
        name
        category
      }
      starType {
        id
        code
        nameZh
        nameEn
        communityNameZh
      }
      links {
        role
        duty
        vacant
        since
        until
        person {
          id
          name
          title
        }
        unit {
          id
          name
          level
        }
        department {
          id
          name
        }
      }
    }
  }
`);

/** 工作责任链 of one branch and star at one date. */
export type AccountabilityChain = AccountabilityChainQuery['data'];
export type ChainLink = AccountabilityChain['links'][number];

export interface ChainParams {
  branchId: string;
  starCode: string;
  /** Point in time (ISO date-time); the server answers for its Asia/Shanghai date. */
  at?: string | null;
}

export interface FiveStarDataProvider extends DataProvider {
  /** 工作责任链 of one branch and star, today or at a past date. */
  accountabilityChain(params: ChainParams): Promise<AccountabilityChain>;
  /** Totals of several resources in one request (`<list>(perPage: 1) { total }`). */
  getTotals(resources: string[]): Promise<Record<string, number>>;
}

/** The console's data provider, with the domain operations of stars, statistics and system screens. */
export type AppDataProvider = FiveStarDataProvider &
  typeof starsProvider &
  typeof statsProvider &
  typeof systemProvider &
  typeof accountsProvider;

const grammar = new Grammar(schema);

export interface ExportColumn {
  source: string;
  /** Set for enum fields (and lists of enum values): values are shown by their labels. */
  enumName?: string;
}

/**
 * The columns a CSV export of a resource's list offers: the record's own fields (ids, text,
 * numbers, dates, enums) and the related records it names, in schema order; bookkeeping left out.
 */
export function exportColumns(resource: string): ExportColumn[] {
  if (!RESOURCES[resource]) return [];
  const type = grammar.recordType(resource);
  return Object.values(type.getFields())
    .filter((f) => !['version', '__typename'].includes(f.name) && f.args.length === 0)
    .map((f) => {
      const named = getNamedType(f.type);
      return { source: f.name, enumName: isEnumType(named) ? named.name : undefined };
    });
}

const base = buildGraphQLProvider({
  client: client as never,
  introspection: { schema: introspection },
  buildQuery: buildQueryFactory,
  // getMany without an `ids` filter asks for several records at once: keep those that exist.
  query: (_resource, method) => ({ fetchPolicy: 'no-cache', errorPolicy: method === GET_MANY ? 'all' : 'none' }),
  mutation: () => ({ fetchPolicy: 'no-cache' }),
});

async function mapped<T>(promise: Promise<T>, formFields: string[] = []): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    throw toHttpError(e, formFields);
  }
}

const isCostLimit = (e: unknown) =>
  e instanceof HttpError && (e.body as { reason?: string } | undefined)?.reason === 'LIMIT.COST';

type ListMethod = 'getList' | 'getManyReference';
type Chunk = { page: number; perPage: number };

/**
 * One server page; when the server finds it too costly (it weighs page size × what each row asks
 * for, with limits it does not publish), the same rows are asked for in two halves.
 */
async function fetchChunk(
  method: ListMethod,
  resource: string,
  params: GetListParams | GetManyReferenceParams,
  chunk: Chunk,
): Promise<GetListResult> {
  try {
    return await mapped(base[method](resource, { ...params, pagination: chunk } as never));
  } catch (e) {
    if (!isCostLimit(e) || chunk.perPage < 2) throw e;
    const halves = splitPage(chunk.page, chunk.perPage, Math.floor(chunk.perPage / 2));
    const parts: GetListResult[] = [];
    for (const h of halves) parts.push(await fetchChunk(method, resource, params, h));
    return { data: parts.flatMap((p) => p.data), total: parts[0]?.total };
  }
}

/**
 * A react-admin page as server pages of at most 100 rows, fetched one after the other and
 * stopping at the end of the data (the CSV export asks for 1000 rows at once).
 */
async function getPage(
  method: ListMethod,
  resource: string,
  params: GetListParams | GetManyReferenceParams,
): Promise<GetListResult> {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const chunks = grammar.isPage(grammar.queryField(RESOURCES[resource]?.list ?? ''))
    ? splitPage(page, perPage)
    : [{ page, perPage }];
  const data: GetListResult['data'] = [];
  let total: number | undefined;
  for (const c of chunks) {
    if (total !== undefined && (c.page - 1) * c.perPage >= total) break;
    const r = await fetchChunk(method, resource, params, c);
    data.push(...r.data);
    total = r.total;
  }
  return { data, total: total ?? data.length };
}

const unsupported = (what: string) => () =>
  Promise.reject(
    new HttpError(
      localMessage(`不支持的操作：${what}（本系统不删除记录） (Not supported: ${what}; nothing is ever deleted here)`),
      405,
      { fivestar: true },
    ),
  );

export const dataProvider: AppDataProvider = {
  ...starsProvider,
  ...statsProvider,
  ...systemProvider,
  ...accountsProvider,
  getList: (resource, params) => getPage('getList', resource, params),
  getOne: (resource, params) => mapped(base.getOne(resource, params)),
  getMany: async (resource, params) => {
    // One request per 100 ids (`filter: { ids }`) or per MAX_ALIASED_RECORDS (aliased single reads).
    const ids = [...new Set(params.ids.map(String))];
    const paged = grammar.isPage(grammar.queryField(RESOURCES[resource]?.list ?? ''));
    const size = !paged ? Math.max(1, ids.length) : grammar.hasIdsFilter(resource) ? MAX_PER_PAGE : MAX_ALIASED_RECORDS;
    const groups: string[][] = [];
    for (let i = 0; i < ids.length; i += size) groups.push(ids.slice(i, i + size));
    const results = await Promise.all(groups.map((group) => mapped(base.getMany(resource, { ...params, ids: group }))));
    return { data: results.flatMap((r) => r.data) };
  },
  getManyReference: (resource, params) => getPage('getManyReference', resource, params),
  create: (resource, params) => mapped(base.create(resource, params), grammar.inputFields(resource, 'create')),
  update: (resource, params) => mapped(base.update(resource, params), grammar.inputFields(resource, 'update')),
  updateMany: unsupported('updateMany'),
  delete: unsupported('delete'),
  deleteMany: unsupported('deleteMany'),

  accountabilityChain: (params) =>
    mapped(
      client
        .query({
          query: CHAIN_QUERY,
          variables: { branchId: params.branchId, starCode: params.starCode, at: params.at ?? null },
        })
        .then((r) => stripTypename(r.data.data)),
    ),

  getTotals: (resources) => {
    const paged = resources.filter((r) => RESOURCES[r] && grammar.isPage(grammar.queryField(RESOURCES[r].list)));
    const plain = resources.filter((r) => RESOURCES[r] && !paged.includes(r));
    const fields = [
      ...paged.map((r, i) => `t${i}: ${RESOURCES[r].list}(page: 1, perPage: 1) { total }`),
      ...plain.map((r, i) => `l${i}: ${RESOURCES[r].list} { id }`),
    ];
    if (fields.length === 0) return Promise.resolve({});
    // Built from the resource list at run time, like the CRUD queries of buildQuery.ts: no
    // generated type can describe it.
    return mapped(
      client
        .query<Record<string, { total: number } | { id: string }[]>>({
          query: parse(`query Totals { ${fields.join(' ')} }`),
        })
        .then((r) => {
          const out: Record<string, number> = {};
          paged.forEach((res, i) => (out[res] = (r.data[`t${i}`] as { total: number }).total));
          plain.forEach((res, i) => (out[res] = (r.data[`l${i}`] as { id: string }[]).length));
          return out;
        }),
    );
  },
};
