/**
 * PIPL: a resident's name, phone and address are shown in full only to the staff handling the
 * request; everywhere else (lists of leaders, statistics, exports, audit entries, API tokens, the
 * public tracking page) they are masked by these functions, so one rule decides how a value looks.
 */

/** 张三 → 张*, 欧阳娜娜 → 欧***; one character stays as it is masked whole ("*"). */
export function maskName(v: string | null): string | null {
  if (v === null) return null;
  const chars = [...v.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** 13812341234 → 138****1234; shorter numbers keep only their last two digits. */
export function maskPhone(v: string | null): string | null {
  if (v === null) return null;
  const d = v.replace(/\s+/g, '');
  if (d.length >= 11) return `${d.slice(0, 3)}****${d.slice(-4)}`;
  if (d.length <= 2) return '*'.repeat(d.length);
  return '*'.repeat(d.length - 2) + d.slice(-2);
}

/** 建新南街12号院3号楼2单元 → 建新南街****: the street stays, the door does not. */
export function maskAddress(v: string | null): string | null {
  if (v === null) return null;
  const chars = [...v.trim()];
  const keep = Math.min(4, Math.floor(chars.length / 3));
  return chars.slice(0, keep).join('') + '****';
}

export const RESIDENT_FIELDS = ['residentName', 'phone', 'address'] as const;

/** The masked form of one personal field (audit entries keep only these). */
export function maskField(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'residentName') return maskName(value);
  if (field === 'phone') return maskPhone(value);
  if (field === 'address') return maskAddress(value);
  return value;
}
