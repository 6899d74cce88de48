/**
 * Papers and marking, free of the database: the reproducible shuffle of a taker's paper, and whether
 * an answer (as the taker saw the options) matches a version's key.
 */
import { QuestionKind } from './training.enums';

/** FNV-1a of the text: the seed of a taker's shuffles. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every process. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The seed of a taker's paper: the session and the taker, so a reload or another server draws the same. */
export const paperSeed = (sessionId: number, userOrPersonId: number, salt = '') =>
  seedOf(`${sessionId}:${userOrPersonId}:${salt}`);

/** Fill-in answers compare after NFKC (full-width to half-width), trimming, one space, lower case. */
export function normalizeFill(s: string): string {
  return s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether `answer` (shown option indexes as strings, or a typed text) matches the key. `order[k]` is
 * the stored index of the option shown at place k.
 */
export function isCorrect(
  kind: QuestionKind,
  key: readonly (number | string)[],
  order: readonly number[],
  answer: readonly string[],
): boolean {
  if (!answer.length) return false;
  if (kind === QuestionKind.FILL) return key.some((k) => normalizeFill(String(k)) === normalizeFill(answer[0]));
  const chosen = [...new Set(answer.map((a) => order[Number(a)]))].sort((a, b) => a - b);
  const wanted = [...new Set(key.map(Number))].sort((a, b) => a - b);
  return chosen.length === wanted.length && chosen.every((c, i) => c === wanted[i]);
}

/** Is this a well-formed answer to a question of this kind with `n` options (empty clears it)? */
export function answerFits(kind: QuestionKind, n: number, answer: readonly string[]): boolean {
  if (!answer.length) return true;
  if (kind === QuestionKind.FILL) return answer.length === 1 && answer[0].length <= 200;
  if (!answer.every((a) => /^\d{1,2}$/.test(a) && Number(a) < n)) return false;
  if (new Set(answer).size !== answer.length) return false;
  return kind === QuestionKind.MULTIPLE || answer.length === 1;
}

export const TRUE_FALSE_OPTIONS = ['正确', '错误'];
