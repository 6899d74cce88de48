import { InputReasons } from './common.errors';
import { fail } from './reasons';

const MAX_INT = 2147483647;
const MAX_IDS = 100;

/** Parse a GraphQL ID argument into a database id; a malformed one is BAD_USER_INPUT naming the field. */
export function parseId(raw: string | number, field = 'id'): number {
  const s = String(raw);
  if (!/^[1-9]\d{0,9}$/.test(s) || Number(s) > MAX_INT) {
    throw fail(InputReasons.MALFORMED_ID, { field, params: { field } });
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

/** An optional `filter.ids` list: at most MAX_IDS, each a well-formed id. */
export function idsOf(
  raws: readonly (string | number)[] | null | undefined,
  field = 'filter.ids',
): number[] | undefined {
  if (!raws) return undefined;
  if (raws.length > MAX_IDS) throw fail(InputReasons.TOO_MANY_IDS, { field, params: { max: MAX_IDS } });
  return parseIds(raws, field);
}
