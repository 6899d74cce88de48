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
