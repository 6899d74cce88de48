import { badInput } from './errors';

const MAX_INT = 2147483647;

/** Parse a GraphQL ID argument into a database id; a malformed one is BAD_USER_INPUT naming the field. */
export function parseId(raw: string | number, field = 'id'): number {
  const s = String(raw);
  if (!/^[1-9]\d{0,9}$/.test(s) || Number(s) > MAX_INT) {
    throw badInput(field, 'INPUT.MALFORMED_ID', `${field} 不是有效的标识 (malformed id: expected a positive integer)`);
  }
  return Number(s);
}

export function parseOptionalId(raw: string | number | null | undefined, field: string): number | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  return parseId(raw, field);
}

export function parseIds(raws: readonly (string | number)[], field: string): number[] {
  return raws.map((r, i) => parseId(r, `${field}[${i}]`));
}

/** An optional `filter.ids` list: at most 100, each a well-formed id. */
export function idsOf(
  raws: readonly (string | number)[] | null | undefined,
  field = 'filter.ids',
): number[] | undefined {
  if (!raws) return undefined;
  if (raws.length > 100) throw badInput(field, 'INPUT.TOO_MANY_IDS', '一次最多 100 个标识 (at most 100 ids)');
  return parseIds(raws, field);
}
