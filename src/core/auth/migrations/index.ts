import type { Migration } from '../../db/migrate.ts';
import * as m001 from './001-foundation.ts';
import * as m005 from './005-auth-hardening.ts';
import * as m016 from './016-authorities.ts';

/** The users and sessions schema. Ids are shipped migration ids: never rename one. */
export const AUTH_MIGRATIONS: readonly Migration[] = [
  { id: '001-foundation', up: m001.up },
  { id: '005-auth-hardening', up: m005.up },
  { id: '016-authorities', up: m016.up },
];
