/** Working days: Monday to Friday, except the holidays and make-up days stored in resident_calendar_day. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../../common/dates';

function isWeekend(day: string): boolean {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}

/** The exceptions between two dates (inclusive), by day. */
export async function calendarExceptions(em: EntityManager, from: string, to: string): Promise<Map<string, boolean>> {
  const rows = await em.execute<{ day: string; workday: boolean }[]>(
    `select to_char(day, 'YYYY-MM-DD') as day, workday from resident_calendar_day where day between ? and ?`,
    [from, to],
  );
  return new Map(rows.map((r) => [r.day, r.workday]));
}

export function isWorkingDay(day: string, exceptions: Map<string, boolean>): boolean {
  return exceptions.get(day) ?? !isWeekend(day);
}

/**
 * The `n`th working day after `from` (the day a request came in does not count): a consultation
 * received on a Friday before a three-day holiday is due on the second working day after it.
 */
export async function addWorkingDays(em: EntityManager, from: string, n: number): Promise<string> {
  // Holidays never exceed a few weeks in a row: read a generous window once.
  const exceptions = await calendarExceptions(em, from, addDays(from, n * 3 + 40));
  let day = from;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, exceptions)) left--;
  }
  return day;
}
