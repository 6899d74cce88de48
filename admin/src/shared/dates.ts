/** Calendar dates in the product's time zone (the server answers dates for Asia/Shanghai too). */
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Beijing time, as YYYY-MM-DD. */
export function shanghaiToday(now = new Date()): string {
  return SHANGHAI_DAY.format(now);
}

/** A moment inside that Beijing calendar day, for `at: DateTime` arguments. */
export function shanghaiNoon(day: string): string {
  return `${day}T12:00:00+08:00`;
}

export const isDay = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

const SHANGHAI_MINUTE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Beijing wall-clock time "YYYY-MM-DDTHH:mm" (what a datetime-local input shows). */
export function shanghaiMinute(moment: string | Date): string {
  const d = new Date(moment);
  if (Number.isNaN(d.getTime())) return '';
  const part = Object.fromEntries(SHANGHAI_MINUTE.formatToParts(d).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** Beijing wall-clock time "YYYY-MM-DDTHH:mm" as a moment, for `DateTime` arguments (whatever the browser's zone). */
export function fromShanghaiMinute(local: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+08:00` : null;
}
