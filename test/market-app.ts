import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../src/core/db/database.ts';
import { buildApp } from '../src/http/app.ts';
import { tinyMarket, type Market } from './fixtures.ts';

/** The demo accounts of the tiny market and their published passwords. */
const DEMO_PASSWORDS = { operator: 'operator123', merchant: 'merchant123', merchant2: 'merchant123', buyer: 'buyer123' } as const;

export type DemoAccount = keyof typeof DEMO_PASSWORDS;

/** The Authorization header of a signed-in account (`Bearer undefined` for one that did not sign in). */
export type SignedIn = (who: string) => { authorization: string };

/** The tiny demo market served by a built app, some of its demo accounts signed in. */
export interface MarketApp {
  m: Market;
  app: FastifyInstance;
  as: SignedIn;
  /** Close the app, then its database. */
  close(): Promise<void>;
}

/** Build the app over a fresh tiny market on `engine` and sign each of `accounts` in through POST /api/auth/login. */
export async function marketApp(engine: Engine, accounts: readonly DemoAccount[], opts: { pictures?: boolean } = {}): Promise<MarketApp> {
  const m = await tinyMarket(engine, opts);
  const app = await buildApp({ database: m.d });
  const tokens: Record<string, string> = {};
  for (const u of accounts) {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: DEMO_PASSWORDS[u] } });
    assert.equal(r.statusCode, 200, r.body);
    tokens[u] = r.json().token;
  }
  const close = async () => {
    await app.close();
    await m.d.close();
  };
  return { m, app, as: (who) => ({ authorization: `Bearer ${tokens[who]}` }), close };
}
