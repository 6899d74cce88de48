/** The kinds of import, by URL slug. A new kind is its file here and one entry below. */
import type { KindDefinition } from './kind';
import { people } from './people';
import { positions } from './positions';
import { questions } from './questions';
import { units } from './units';
import { users } from './users';

export const KINDS: Readonly<Record<string, KindDefinition<unknown>>> = {
  units: units as KindDefinition<unknown>,
  people: people as KindDefinition<unknown>,
  positions: positions as KindDefinition<unknown>,
  users: users as KindDefinition<unknown>,
  questions: questions as KindDefinition<unknown>,
};
