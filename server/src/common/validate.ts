import { DATE_RE } from './dates';
import { InputReasons } from './common.errors';
import { fail } from './reasons';

export function checkDate(value: string, field: string): string {
  if (
    !DATE_RE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw fail(InputReasons.INVALID_DATE, { field, params: { field } });
  }
  return value;
}

export function checkPeriod(start: string, end: string | null | undefined, endField = 'endDate'): void {
  if (end && end < start) throw fail(InputReasons.END_BEFORE_START, { field: endField });
}

export function checkText(value: string, field: string, max: number): string {
  const v = value.trim();
  if (!v) throw fail(InputReasons.REQUIRED, { field, params: { field } });
  if (v.length > max) throw fail(InputReasons.TOO_LONG, { field, params: { field, max } });
  return v;
}

/** Escape LIKE wildcards in user text. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
