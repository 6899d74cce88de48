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

const MOBILE_RE = /^1[3-9]\d{9}$/;
const LANDLINE_RE = /^0\d{2,3}-\d{7,8}$/;

/**
 * A mainland phone number, kept in one spelling so that it can key a person: a mobile number as
 * 11 digits (spaces, dashes and a +86 prefix dropped); a landline as area code, dash, number (the
 * dash is required: without it the area code's length is ambiguous).
 */
export function checkPhone(value: string, field: string): string {
  const raw = value.trim().replace(/[\s()（）]/g, '');
  const mobile = raw.replace(/^(\+?86)/, '').replace(/-/g, '');
  if (MOBILE_RE.test(mobile)) return mobile;
  if (LANDLINE_RE.test(raw)) return raw;
  throw fail(InputReasons.INVALID_PHONE, { field, params: { field } });
}

/** Escape LIKE wildcards in user text. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
