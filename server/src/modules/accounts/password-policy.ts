/**
 * The password rules: at least MIN_LENGTH characters, not containing the username, and not one of
 * the common passwords of @zxcvbn-ts/language-common (offline, ~49,000 leaked passwords). Each
 * refusal is its own reason (PASSWORD.*). Temporary passwords come from a CSPRNG.
 */
import crypto from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';
import { fail } from '../../common/reasons';
import { PasswordReasons } from './accounts.errors';

export const MIN_LENGTH = 10;
/** argon2 would take more, but nobody types more, and hashing megabytes is a cheap attack. */
export const MAX_LENGTH = 200;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** Throws the first rule the password breaks (field: the input field that holds it). */
export function checkPassword(password: string, username: string, field = 'newPassword'): void {
  if ([...password].length < MIN_LENGTH) throw fail(PasswordReasons.TOO_SHORT, { field, params: { min: MIN_LENGTH } });
  if ([...password].length > MAX_LENGTH) throw fail(PasswordReasons.TOO_LONG, { field, params: { max: MAX_LENGTH } });
  const name = username.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) throw fail(PasswordReasons.CONTAINS_USERNAME, { field });
  if (commonPasswords().has(password.toLowerCase())) throw fail(PasswordReasons.TOO_COMMON, { field });
}

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password: 3 groups of 5 (≈ 86 bits), e.g. `h7Kq2-mPx9d-Tz4nR`. */
export function temporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let s = '';
    for (let i = 0; i < 5; i++) s += ALPHABET[crypto.randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}

/** A strong generated password for the first administrator (admin:create without one on stdin). */
export function generatedPassword(): string {
  return temporaryPassword();
}
