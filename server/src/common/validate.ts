import { DATE_RE } from './dates';
import { badInput } from './errors';

export function checkDate(value: string, field: string): string {
  if (
    !DATE_RE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw badInput(field, 'INPUT.INVALID_DATE', `${field} 不是有效日期，应为 YYYY-MM-DD (invalid date)`);
  }
  return value;
}

export function checkPeriod(start: string, end: string | null | undefined, endField = 'endDate'): void {
  if (end && end < start)
    throw badInput(endField, 'INPUT.END_BEFORE_START', '结束日期不能早于开始日期 (end date is before start date)');
}

export function checkText(value: string, field: string, max: number): string {
  const v = value.trim();
  if (!v) throw badInput(field, 'INPUT.REQUIRED', `${field} 不能为空 (required)`);
  if (v.length > max) throw badInput(field, 'INPUT.TOO_LONG', `${field} 不能超过 ${max} 个字符 (too long)`);
  return v;
}

/** Escape LIKE wildcards in user text. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
