/** Calendar dates in the product's time zone (the server answers dates for Asia/Shanghai too). */
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Beijing time, as YYYY-MM-DD. */
export function shanghaiToday(now = new Date()): string {
  return SHANGHAI_DAY.format(now);
}

/** A moment inside that Beijing calendar day, for `at: DateTime` arguments. */
export function shanghaiNoon(day: string): string {
  return `${day}T12:00:00+08:00`;
}

export const isDay = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
