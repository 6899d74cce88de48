/**
 * The GraphQL grammar of the console: the only code that writes queries for react-admin's data
 * methods. Every name, argument, type and field comes from the schema (schema.graphql, passed in
 * by ra-data-graphql as introspection results); RESOURCES only says which operation serves which
 * resource.
 *
 *   getList          → <list>(page, perPage, sortField, sortOrder, filter) { items { … } total }
 *   getOne           → <one>(id) { … }
 *   getMany          → <list>(filter: { ids }) when the filter takes ids, else one aliased <one>(id) per id
 *   getManyReference → <list>(filter: { [target]: id, … })
 *   create           → <create>(input)              input = the fields the input type declares
 *                      (a payload answer `{ record, secret }` comes back as the record plus the secret)
 *   update           → <update>(id, input)          input = declared fields that changed, plus version
 *
 * These documents stay dynamic, written at run time from the resource and the schema, so GraphQL
 * Code Generator does not type them: react-admin's records are untyped anyway. Every other document
 * the console sends is a `graphql()` call with generated types (admin/src/gql, `npm run codegen`).
 */
import {
  buildClientSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { CREATE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'ra-core';
import type { BuildQuery, BuildQueryFactory, BuildQueryResult } from 'ra-data-graphql';
import { RESOURCES, type ResourceOperations } from './resources';

/** The server accepts 1–100 items per page (API conventions). */
export const MAX_PER_PAGE = 100;

/**
 * Records fetched by aliased single-record queries in one request. The server caps aliases per
 * request (and does not publish the number), so stay well below it; the data provider sends
 * larger batches as several requests.
 */
export const MAX_ALIASED_RECORDS = 10;

type Dict = Record<string, unknown>;

/** A GraphQL response without Apollo's `__typename` fields (they would leak into forms and CSV). */
export function stripTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripTypename) as T;
  if (value && typeof value === 'object') {
    const out: Dict = {};
    for (const [k, v] of Object.entries(value as Dict)) if (k !== '__typename') out[k] = stripTypename(v);
    return out as T;
  }
  return value;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (typeof v === 'number' && Number.isNaN(v));
}

/** Bring a form or URL value to the shape an input type expects ('' → null, '12' → 12 for Int …). */
export function coerce(type: GraphQLInputType, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (isEmpty(value)) return null;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t))
    return (Array.isArray(value) ? value : [value]).map((v) => coerce(t.ofType as GraphQLInputType, v));
  if (isInputObjectType(t)) return pickInput(t, value as Dict, false);
  if (isScalarType(t)) {
    switch (t.name) {
      case 'Int': {
        const n = typeof value === 'number' ? Math.trunc(value) : Number.parseInt(String(value), 10);
        return Number.isNaN(n) ? null : n;
      }
      case 'Float': {
        const n = Number(value);
        return Number.isNaN(n) ? null : n;
      }
      case 'ID':
      case 'String':
        return String(value);
      case 'Boolean':
        return value === true || value === 'true';
      default:
        return value;
    }
  }
  return value; // enums
}

/** Keep only the fields an input type declares; `keepNulls` false drops empty values. */
function pickInput(type: GraphQLInputObjectType, values: Dict, keepNulls: boolean): Dict {
  const out: Dict = {};
  for (const [name, field] of Object.entries(type.getFields())) {
    if (!(name in values)) continue;
    const v = coerce(field.type, values[name]);
    if (v === undefined || (v === null && !keepNulls)) continue;
    out[name] = v;
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return String(a) === String(b);
}

/**
 * The server pages that tile one react-admin page exactly, at most `max` rows each (the largest
 * divisor of perPage ≤ max), e.g. page 1 of 1000 → pages 1–10 of 100.
 */
export function splitPage(page: number, perPage: number, max = MAX_PER_PAGE): { page: number; perPage: number }[] {
  if (perPage <= max) return [{ page, perPage: Math.max(1, perPage) }];
  let size = max;
  while (perPage % size !== 0) size -= 1;
  const n = perPage / size;
  const first = (page - 1) * n + 1;
  return Array.from({ length: n }, (_, i) => ({ page: first + i, perPage: size }));
}

/** Schema navigation shared by buildQuery and the data provider's custom methods. */
export class Grammar {
  constructor(readonly schema: GraphQLSchema) {}

  ops(resource: string): ResourceOperations {
    const ops = RESOURCES[resource];
    if (!ops) throw new Error(`Unknown resource "${resource}"`);
    return ops;
  }

  queryField(name: string): GraphQLField<unknown, unknown> {
    const f = this.schema.getQueryType()?.getFields()[name];
    if (!f) throw new Error(`Query "${name}" is not in schema.graphql`);
    return f;
  }

  mutationField(name: string): GraphQLField<unknown, unknown> {
    const f = this.schema.getMutationType()?.getFields()[name];
    if (!f) throw new Error(`Mutation "${name}" is not in schema.graphql`);
    return f;
  }

  /** `XPage { items total }` lists are paged by the server; plain `[X]` lists here. */
  isPage(field: GraphQLField<unknown, unknown>): boolean {
    const t = getNamedType(field.type);
    return isObjectType(t) && 'items' in t.getFields() && 'total' in t.getFields();
  }

  /** The record type of a resource, read from its list query. */
  recordType(resource: string): GraphQLObjectType {
    const field = this.queryField(this.ops(resource).list);
    let t = getNamedType(field.type);
    if (this.isPage(field) && isObjectType(t)) t = getNamedType(t.getFields().items.type);
    if (!isObjectType(t)) throw new Error(`${resource}: list does not return objects`);
    return t;
  }

  filterType(field: GraphQLField<unknown, unknown>): GraphQLInputObjectType | null {
    const arg = field.args.find((a) => a.name === 'filter');
    const t = arg ? getNamedType(arg.type) : null;
    return t && isInputObjectType(t) ? t : null;
  }

  /** getMany by `filter: { ids }` (one request for up to 100 records), read from the schema. */
  hasIdsFilter(resource: string): boolean {
    const field = this.queryField(this.ops(resource).list);
    const filter = this.filterType(field);
    return this.isPage(field) && !!filter && 'ids' in filter.getFields();
  }

  inputArg(field: GraphQLField<unknown, unknown>): GraphQLArgument {
    const arg = field.args.find((a) => isInputObjectType(getNamedType(a.type)));
    if (!arg) throw new Error(`${field.name} takes no input object`);
    return arg;
  }

  inputType(field: GraphQLField<unknown, unknown>): GraphQLInputObjectType {
    return getNamedType(this.inputArg(field).type) as GraphQLInputObjectType;
  }

  /** Field names of the create or update input of a resource (for mapping server field errors). */
  inputFields(resource: string, kind: 'create' | 'update'): string[] {
    const name = this.ops(resource)[kind];
    return name ? Object.keys(this.inputType(this.mutationField(name)).getFields()) : [];
  }

  /**
   * All scalar and enum fields (lists of them too), plus `{ id name }` (or `nameZh nameEn`) of
   * single object fields; lists of objects only through `extra`.
   */
  selection(type: GraphQLObjectType, extra?: string): string {
    const parts: string[] = [];
    for (const f of Object.values(type.getFields())) {
      if (f.args.some((a) => isNonNullType(a.type))) continue;
      const named = getNamedType(f.type);
      if (isLeafType(named)) {
        parts.push(f.name);
      } else if (isObjectType(named) && !isListType(getNullableType(f.type))) {
        const fields = named.getFields();
        const sub = ['id', 'name', 'nameZh', 'nameEn', 'title'].filter(
          (n) => n in fields && isLeafType(getNamedType(fields[n].type)),
        );
        if (sub.includes('id') && sub.length > 1) parts.push(`${f.name} { ${sub.join(' ')} }`);
      }
    }
    if (extra) parts.push(extra);
    return parts.join(' ');
  }

  filterValue(field: GraphQLField<unknown, unknown>, values: Dict | undefined): Dict | undefined {
    const type = this.filterType(field);
    if (!type || !values) return undefined;
    const fields = type.getFields();
    const out: Dict = {};
    for (const [rawKey, raw] of Object.entries(values)) {
      // react-admin's conventional full-text filter is `q`; our filters call it `search`.
      const key = rawKey === 'q' && 'search' in fields ? 'search' : rawKey;
      if (!(key in fields) || isEmpty(raw) || (Array.isArray(raw) && raw.length === 0)) continue;
      const v = coerce(fields[key].type, raw);
      if (v !== null && v !== undefined) out[key] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
}

const varDef = (name: string, arg: GraphQLArgument) => `$${name}: ${String(arg.type)}`;

function opName(resource: string, method: string): string {
  return `${resource}_${method}`.replace(/[^A-Za-z0-9_]/g, '_');
}

interface ListParams {
  pagination?: { page: number; perPage: number };
  sort?: { field?: string; order?: string };
  filter?: Dict;
}

export function makeBuildQuery(g: Grammar): BuildQuery {
  /** Server-paged list: one page of at most 100 (the data provider splits larger pages). */
  const pagedList = (resource: string, method: string, params: ListParams): BuildQueryResult => {
    const ops = g.ops(resource);
    const field = g.queryField(ops.list);
    const type = g.recordType(resource);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    if (perPage > MAX_PER_PAGE)
      throw new Error(`${resource}: perPage ${perPage} > ${MAX_PER_PAGE}: split the page first`);
    const has = (n: string) => field.args.find((a) => a.name === n);
    const defs = ['$page: Int!', '$perPage: Int!'];
    const args = ['page: $page', 'perPage: $perPage'];
    const variables: Dict = { page, perPage: Math.max(1, perPage) };
    const sortField = params.sort?.field;
    if (has('sortField') && sortField) {
      defs.push(varDef('sortField', has('sortField')!));
      args.push('sortField: $sortField');
      variables.sortField = sortField;
    }
    if (has('sortOrder') && sortField) {
      defs.push(varDef('sortOrder', has('sortOrder')!));
      args.push('sortOrder: $sortOrder');
      variables.sortOrder = params.sort?.order === 'DESC' ? 'DESC' : 'ASC';
    }
    const filter = g.filterValue(field, params.filter);
    if (has('filter') && filter) {
      defs.push(varDef('filter', has('filter')!));
      args.push('filter: $filter');
      variables.filter = filter;
    }
    const query = parse(
      `query ${opName(resource, method)}(${defs.join(', ')}) { data: ${field.name}(${args.join(', ')}) { items { ${g.selection(type, ops.listExtra)} } total } }`,
    );
    return {
      query,
      variables,
      parseResponse: (response) => {
        const { items, total } = (response.data as { data: { items: Dict[]; total: number } }).data;
        return { data: stripTypename(items), total };
      },
    };
  };

  /** A plain `[X]` list (star types): the query's own arguments from the filter, the rest done here. */
  const plainList = (resource: string, method: string, params: ListParams): BuildQueryResult => {
    const ops = g.ops(resource);
    const field = g.queryField(ops.list);
    const type = g.recordType(resource);
    const filter = params.filter ?? {};
    const defs: string[] = [];
    const args: string[] = [];
    const variables: Dict = {};
    for (const arg of field.args) {
      const v = coerce(arg.type, filter[arg.name]);
      if (v === undefined || v === null) continue;
      defs.push(varDef(arg.name, arg));
      args.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = v;
    }
    const argText = args.length ? `(${args.join(', ')})` : '';
    const defText = defs.length ? `(${defs.join(', ')})` : '';
    const query = parse(
      `query ${opName(resource, method)}${defText} { data: ${field.name}${argText} { ${g.selection(type, ops.listExtra)} } }`,
    );
    const argNames = new Set(field.args.map((a) => a.name));
    return {
      query,
      variables,
      parseResponse: (response) => {
        let rows = stripTypename((response.data as { data: Dict[] }).data);
        for (const [key, value] of Object.entries(filter)) {
          if (argNames.has(key) || isEmpty(value)) continue;
          if (key === 'ids' && Array.isArray(value)) {
            const ids = new Set(value.map(String));
            rows = rows.filter((r) => ids.has(String(r.id)));
          } else if (key === 'q' || key === 'search') {
            const needle = String(value).toLowerCase();
            rows = rows.filter((r) =>
              Object.values(r).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle)),
            );
          } else if (key in type.getFields()) {
            rows = rows.filter((r) =>
              Array.isArray(r[key]) ? (r[key] as unknown[]).includes(value) : String(r[key]) === String(value),
            );
          }
        }
        const sortField = params.sort?.field;
        if (sortField && sortField in type.getFields()) {
          const dir = params.sort?.order === 'DESC' ? -1 : 1;
          rows = [...rows].sort((a, b) => {
            const x = a[sortField];
            const y = b[sortField];
            if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
            return String(x ?? '').localeCompare(String(y ?? ''), 'zh-CN') * dir;
          });
        }
        const total = rows.length;
        const { page = 1, perPage = total || 1 } = params.pagination ?? {};
        return { data: rows.slice((page - 1) * perPage, page * perPage), total };
      },
    };
  };

  const list = (resource: string, method: string, params: ListParams) =>
    g.isPage(g.queryField(g.ops(resource).list))
      ? pagedList(resource, method, params)
      : plainList(resource, method, params);

  const getOne = (resource: string, params: { id: unknown }): BuildQueryResult => {
    const ops = g.ops(resource);
    if (!ops.one) throw new Error(`${resource}: the API has no single-record query`);
    const field = g.queryField(ops.one);
    const idArg = field.args[0];
    const query = parse(
      `query ${opName(resource, GET_ONE)}(${varDef('id', idArg)}) { data: ${field.name}(${idArg.name}: $id) { ${g.selection(g.recordType(resource), ops.oneExtra)} } }`,
    );
    return {
      query,
      variables: { id: coerce(idArg.type, params.id) },
      parseResponse: (response) => ({ data: stripTypename((response.data as { data: Dict }).data) }),
    };
  };

  const getMany = (resource: string, params: { ids: unknown[] }): BuildQueryResult => {
    const ops = g.ops(resource);
    const listField = g.queryField(ops.list);
    const ids = [...new Set(params.ids.map(String))];
    if (g.hasIdsFilter(resource)) {
      if (ids.length > MAX_PER_PAGE) throw new Error(`${resource}: more than ${MAX_PER_PAGE} ids: split them first`);
      const filterArg = listField.args.find((a) => a.name === 'filter')!;
      return {
        query: parse(
          `query ${opName(resource, GET_MANY)}(${varDef('filter', filterArg)}) { data: ${listField.name}(page: 1, perPage: ${Math.max(1, ids.length)}, filter: $filter) { items { ${g.selection(g.recordType(resource), ops.listExtra)} } } }`,
        ),
        variables: { filter: { ids } },
        parseResponse: (response) => ({
          data: stripTypename((response.data as { data: { items: Dict[] } }).data.items),
        }),
      };
    }
    if (!g.isPage(listField)) return plainList(resource, GET_MANY, { filter: { ids } });
    if (!ops.one) throw new Error(`${resource}: the API cannot fetch records by id`);
    // No `ids` filter: one aliased single-record query per id (at most MAX_ALIASED_RECORDS; the
    // data provider batches more). Missing ids come back as errors next to partial data
    // (errorPolicy "all") and are left out, as react-admin expects.
    if (ids.length > MAX_ALIASED_RECORDS)
      throw new Error(`${resource}: more than ${MAX_ALIASED_RECORDS} ids: split them first`);
    const field = g.queryField(ops.one);
    const idArg = field.args[0];
    const sel = g.selection(g.recordType(resource), ops.oneExtra);
    const variables: Dict = {};
    const defs: string[] = [];
    const fields = ids.map((id, i) => {
      defs.push(varDef(`id${i}`, idArg));
      variables[`id${i}`] = coerce(idArg.type, id);
      return `r${i}: ${field.name}(${idArg.name}: $id${i}) { ${sel} }`;
    });
    if (fields.length === 0) fields.push('__typename');
    const defText = defs.length ? `(${defs.join(', ')})` : '';
    return {
      query: parse(`query ${opName(resource, GET_MANY)}${defText} { ${fields.join(' ')} }`),
      variables,
      parseResponse: (response) => {
        const denied = response.errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
        if (denied) throw Object.assign(new Error(denied.message), { graphQLErrors: [denied] });
        const data = (response.data ?? {}) as Record<string, Dict | null>;
        return { data: stripTypename(ids.map((_, i) => data[`r${i}`]).filter((r): r is Dict => !!r)) };
      },
    };
  };

  const create = (resource: string, params: { data: Dict }): BuildQueryResult => {
    const ops = g.ops(resource);
    if (!ops.create) throw new Error(`${resource}: the API has no create mutation`);
    const field = g.mutationField(ops.create);
    const inputArg = g.inputArg(field);
    const input = pickInput(g.inputType(field), { ...params.data, ...ops.createDefaults }, false);
    const record = g.selection(g.recordType(resource), ops.oneExtra);
    // A payload around the record (createApiToken → { apiToken { … } token }): its scalar fields join the record.
    const payload = ops.createPayload;
    const payloadType = getNamedType(field.type);
    const extras =
      payload && isObjectType(payloadType)
        ? Object.values(payloadType.getFields())
            .filter((f) => f.name !== payload && isLeafType(getNamedType(f.type)))
            .map((f) => f.name)
        : [];
    const selection = payload ? `${payload} { ${record} } ${extras.join(' ')}` : record;
    return {
      query: parse(
        `mutation ${opName(resource, CREATE)}(${varDef('input', inputArg)}) { data: ${field.name}(${inputArg.name}: $input) { ${selection} } }`,
      ),
      variables: { input },
      parseResponse: (response) => {
        const data = stripTypename((response.data as { data: Dict }).data);
        if (!payload) return { data };
        const { [payload]: created, ...rest } = data;
        return { data: { ...(created as Dict), ...rest } };
      },
    };
  };

  const update = (resource: string, params: { id: unknown; data: Dict; previousData?: Dict }): BuildQueryResult => {
    const ops = g.ops(resource);
    if (!ops.update) throw new Error(`${resource}: the API has no update mutation`);
    const field = g.mutationField(ops.update);
    const inputArg = g.inputArg(field);
    const idArg = field.args.find((a) => a !== inputArg)!;
    const inputType = g.inputType(field);
    const previous = params.previousData ?? {};
    const input: Dict = {};
    // Only what changed: some inputs refuse fields that may not change (Position.personId), and
    // an unchanged value sent back could undo someone else's edit.
    for (const [name, f] of Object.entries(inputType.getFields())) {
      if (name === 'version' || !(name in params.data)) continue;
      if (name in previous && sameValue(params.data[name], previous[name])) continue;
      const v = coerce(f.type, params.data[name]);
      if (v !== undefined) input[name] = v;
    }
    if ('version' in inputType.getFields()) {
      const version = previous.version ?? params.data.version;
      if (version !== undefined && version !== null)
        input.version = coerce(inputType.getFields().version.type, version);
    }
    return {
      query: parse(
        `mutation ${opName(resource, UPDATE)}(${varDef('id', idArg)}, ${varDef('input', inputArg)}) { data: ${field.name}(${idArg.name}: $id, ${inputArg.name}: $input) { ${g.selection(g.recordType(resource), ops.oneExtra)} } }`,
      ),
      variables: { id: coerce(idArg.type, params.id), input },
      parseResponse: (response) => ({ data: stripTypename((response.data as { data: Dict }).data) }),
    };
  };

  return (method, resource, params) => {
    switch (method) {
      case GET_LIST:
        return list(resource, method, params);
      case GET_MANY_REFERENCE:
        return list(resource, method, { ...params, filter: { ...params.filter, [params.target]: params.id } });
      case GET_ONE:
        return getOne(resource, params);
      case GET_MANY:
        return getMany(resource, params);
      case CREATE:
        return create(resource, params);
      case UPDATE:
        return update(resource, params);
      default:
        // Nothing is deleted in this product (closure is a state); updateMany/deleteMany do not exist.
        throw new Error(`${method} is not supported for ${resource}`);
    }
  };
}

let cached: { key: unknown; grammar: Grammar } | null = null;

/** ra-data-graphql hands us its introspection results; we navigate them as a schema. */
export const buildQueryFactory: BuildQueryFactory = (introspectionResults) => {
  if (!cached || cached.key !== introspectionResults.schema) {
    cached = {
      key: introspectionResults.schema,
      grammar: new Grammar(buildClientSchema({ __schema: introspectionResults.schema })),
    };
  }
  return makeBuildQuery(cached.grammar);
};
