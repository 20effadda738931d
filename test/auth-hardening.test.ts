import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { buildApp } from '../src/http/app.ts';
import { createUser, type AuthOptions } from '../src/core/auth/index.ts';
import { tinyMarket, type Market } from './fixtures.ts';

const PASSWORD = 'correct horse 1';

for (const engine of testEngines()) {
  describe(`auth hardening on ${engine}`, () => {
    let m: Market;
    const apps: FastifyInstance[] = [];
    let serial = 0;
    before(async () => {
      m = await tinyMarket(engine);
    });
    after(async () => {
      for (const a of apps) await a.close();
      await m.d.close();
    });

    /** An app with its own clock and a fresh user of its own. */
    async function setup(opts: AuthOptions = {}) {
      const clock = { t: Date.now() };
      const app = await buildApp({ database: m.d, auth: { now: () => new Date(clock.t), ...opts } });
      apps.push(app);
      const username = `user-${engine}-${++serial}`;
      await createUser(m.d.db, { username, password: PASSWORD, role: 'operator' });
      const login = (password: string, o: { user?: string; from?: string; ua?: string } = {}) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: o.user ?? username, password },
          remoteAddress: o.from ?? '198.51.100.1',
          headers: o.ua ? { 'user-agent': o.ua } : {},
        });
      const token = async (o: { from?: string; ua?: string } = {}) => {
        const r = await login(PASSWORD, o);
        assert.equal(r.statusCode, 200, r.body);
        return r.json().token as string;
      };
      const me = (tok: string) => app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${tok}` } });
      const advance = (seconds: number) => void (clock.t += seconds * 1000);
      return { app, clock, username, login, token, me, advance };
    }

    test('guessing a password is locked out after 5 failures even when the 6th guess is right', async () => {
      const s = await setup();
      for (let i = 0; i < 5; i++) assert.equal((await s.login(`guess-${i}`)).statusCode, 401);
      const r = await s.login(PASSWORD);
      assert.equal(r.statusCode, 429, r.body);
      assert.equal(r.json().error.code, 'RATE_LIMITED');
      assert.equal(r.json().error.details.retryAfterSeconds, 60);
      assert.equal(r.headers['retry-after'], '60');
      s.advance(61);
      assert.equal((await s.login(PASSWORD)).statusCode, 200);
    });

    test('each new lockout of a guessed account doubles, up to the cap', async () => {
      const s = await setup({ lockMaxSeconds: 240 });
      const waits: number[] = [];
      for (let round = 0; round < 4; round++) {
        for (let i = 0; i < 5; i++) assert.equal((await s.login('wrong')).statusCode, 401);
        const r = await s.login('wrong');
        assert.equal(r.statusCode, 429);
        waits.push(r.json().error.details.retryAfterSeconds);
        s.advance(r.json().error.details.retryAfterSeconds + 1);
      }
      assert.deepEqual(waits, [60, 120, 240, 240]);
    });

    test('a user who mistypes now and then is not locked out, while a run of guesses still is', async () => {
      const s = await setup();
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 4; i++) assert.equal((await s.login('wrong')).statusCode, 401);
        assert.equal((await s.login(PASSWORD)).statusCode, 200, 'a success resets the count');
      }
      for (let i = 0; i < 5; i++) assert.equal((await s.login('wrong')).statusCode, 401);
      assert.equal((await s.login(PASSWORD)).statusCode, 429);
    });

    test('guessing unknown usernames is limited exactly like real accounts, so the limiter reveals nothing', async () => {
      const s = await setup();
      const ghost = `ghost-${engine}-${serial}`;
      const answers = [];
      for (const user of [s.username, ghost]) {
        for (let i = 0; i < 5; i++) assert.equal((await s.login('wrong', { user })).statusCode, 401);
        const r = await s.login('wrong', { user });
        answers.push({ status: r.statusCode, body: r.json() });
      }
      assert.equal(answers[0]!.status, 429);
      assert.deepEqual(answers[1], answers[0]);
    });

    test('parallel guesses from many addresses cannot slip past the lockout', async () => {
      const s = await setup();
      const rs = await Promise.all(Array.from({ length: 30 }, (_, i) => s.login(`guess-${i}`, { from: `192.0.2.${i + 1}` })));
      const statuses = rs.map((r) => r.statusCode).sort();
      assert.equal(statuses.filter((x) => x === 401).length, 5, 'only five passwords are tried');
      assert.equal(statuses.filter((x) => x === 429).length, 25);
      assert.equal((await s.login(PASSWORD, { from: '192.0.2.200' })).statusCode, 429);
    });

    test('200 sign-ins from one address are throttled before any password is hashed', async () => {
      const s = await setup();
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) statuses.push((await s.login('wrong', { user: `victim-${engine}-${i}`, from: '203.0.113.7' })).statusCode);
      assert.deepEqual(statuses.slice(0, 20), Array(20).fill(401));
      assert.deepEqual(statuses.slice(20), Array(180).fill(429));
      // Refused attempts never reached the per-account step (which comes before the hash).
      const counted = await m.d.db.selectFrom('sign_in_failures').select('username').where('username', 'like', `victim-${engine}-%`).execute();
      assert.equal(counted.length, 20);
      const r = await s.login(PASSWORD, { from: '203.0.113.7' });
      assert.equal(r.json().error.details.scope, 'address');
      assert.ok(Number(r.headers['retry-after']) > 0);
      assert.equal((await s.login(PASSWORD, { from: '203.0.113.8' })).statusCode, 200, 'a neighbour address is not affected');
      s.advance(61);
      assert.equal((await s.login(PASSWORD, { from: '203.0.113.7' })).statusCode, 200, 'the address may try again later');
    });

    test('rotating addresses within one IPv6 /64 does not escape the address limit', async () => {
      const s = await setup();
      const statuses: number[] = [];
      for (let i = 1; i <= 25; i++) statuses.push((await s.login('wrong', { user: `v6-${engine}-${i}`, from: `2001:db8:7:9::${i.toString(16)}` })).statusCode);
      assert.deepEqual(statuses, [...Array(20).fill(401), ...Array(5).fill(429)]);
      assert.equal((await s.login(PASSWORD, { from: '2001:db8:7:a::1' })).statusCode, 200, 'another /64 is not affected');
    });

    test('a token stolen before a password change stops working after it', async () => {
      const s = await setup();
      const mine = await s.token();
      const stolen = await s.token({ from: '192.0.2.66' });
      const r = await s.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { authorization: `Bearer ${mine}` },
        payload: { currentPassword: PASSWORD, newPassword: 'a much better passphrase' },
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.json().revokedSessions, 1);
      assert.equal((await s.me(stolen)).statusCode, 401);
      assert.equal((await s.me(mine)).statusCode, 200, 'the session that changed the password stays signed in');
      assert.equal((await s.login(PASSWORD)).statusCode, 401);
      assert.equal((await s.login('a much better passphrase')).statusCode, 200);
    });

    test('a stolen token cannot change the password without it, nor guess it faster than sign-in allows', async () => {
      const s = await setup();
      const stolen = await s.token();
      const change = (currentPassword: string, newPassword = 'attacker owns this now') =>
        s.app.inject({ method: 'POST', url: '/api/auth/password', headers: { authorization: `Bearer ${stolen}` }, payload: { currentPassword, newPassword } });
      const short = await change(PASSWORD, 'short');
      assert.equal(short.statusCode, 400);
      assert.equal(short.json().error.code, 'VALIDATION');
      for (let i = 0; i < 5; i++) {
        const r = await change(`guess-${i}`);
        assert.equal(r.statusCode, 403);
        assert.equal(r.json().error.code, 'FORBIDDEN');
      }
      assert.equal((await change(PASSWORD)).statusCode, 429);
      s.advance(61);
      assert.equal((await s.login(PASSWORD)).statusCode, 200, 'the password did not change');
    });

    test('lower-case and upper-case bearer schemes are accepted', async () => {
      const s = await setup();
      const tok = await s.token();
      for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
        const r = await s.app.inject({ url: '/api/auth/me', headers: { authorization: `${scheme} ${tok}` } });
        assert.equal(r.statusCode, 200, `${scheme}: ${r.body}`);
        assert.equal(r.json().username, s.username);
      }
    });

    test('malformed Authorization headers are refused, not quietly treated as anonymous', async () => {
      const s = await setup();
      for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer a b', `Bearer ${'A'.repeat(10_240)}`, 'Bearer <script>']) {
        const r = await s.app.inject({ url: '/api/categories', headers: { authorization: header } });
        assert.equal(r.statusCode, 401, header.slice(0, 30));
        assert.equal(r.json().error.code, 'UNAUTHENTICATED');
      }
      assert.equal((await s.app.inject({ url: '/api/categories' })).statusCode, 200, 'no header at all is an anonymous visitor');
    });

    test('a session idle past the timeout is refused', async () => {
      const s = await setup();
      const tok = await s.token();
      s.advance(23 * 3600);
      assert.equal((await s.me(tok)).statusCode, 200);
      s.advance(24 * 3600 + 1);
      const r = await s.me(tok);
      assert.equal(r.statusCode, 401);
      assert.equal(r.json().error.code, 'UNAUTHENTICATED');
    });

    test('a session in daily use still ends at its absolute limit of 14 days', async () => {
      const s = await setup();
      const tok = await s.token();
      for (let day = 1; day <= 13; day++) {
        s.advance(86_400 - 60);
        assert.equal((await s.me(tok)).statusCode, 200, `day ${day}`);
      }
      s.advance(86_400);
      assert.equal((await s.me(tok)).statusCode, 401);
    });

    test('last use is written at most once a minute, not on every request', async () => {
      const s = await setup();
      const tok = await s.token();
      const t0 = s.clock.t;
      const lastUsed = async () =>
        (
          await m.d.db
            .selectFrom('sessions')
            .select('last_used_at')
            .where('token_hash', '=', createHash('sha256').update(tok).digest('hex'))
            .executeTakeFirstOrThrow()
        ).last_used_at.getTime();
      s.advance(30);
      assert.equal((await s.me(tok)).statusCode, 200);
      assert.equal(await lastUsed(), t0);
      s.advance(31);
      assert.equal((await s.me(tok)).statusCode, 200);
      assert.equal(await lastUsed(), t0 + 61_000);
    });

    test('the session list shows where each session signed in and marks the current one, never a token', async () => {
      const s = await setup();
      const phone = await s.token({ from: '192.0.2.10', ua: 'PhoneBrowser/1.0' });
      const laptop = await s.token({ from: '192.0.2.20', ua: 'LaptopBrowser/2.0' });
      const r = await s.app.inject({ url: '/api/auth/sessions', headers: { authorization: `bearer ${laptop}` } });
      assert.equal(r.statusCode, 200, r.body);
      const list = r.json() as { id: number; ip: string; userAgent: string; current: boolean; expiresAt: string; lastUsedAt: string }[];
      assert.equal(list.length, 2);
      const current = list.find((x) => x.current)!;
      assert.equal(current.ip, '192.0.2.20');
      assert.equal(current.userAgent, 'LaptopBrowser/2.0');
      assert.equal(list.find((x) => !x.current)!.userAgent, 'PhoneBrowser/1.0');
      for (const tok of [phone, laptop]) {
        assert.ok(!r.body.includes(tok));
        assert.ok(!r.body.includes(createHash('sha256').update(tok).digest('hex')));
      }
      assert.equal((await s.app.inject({ url: '/api/auth/sessions' })).statusCode, 401);
    });

    test("a session revoked by its owner stops working, and nobody can revoke another user's session", async () => {
      const s = await setup();
      const lost = await s.token({ ua: 'LostPhone/1.0' });
      const mine = await s.token();
      const otherName = `${s.username}-b`;
      await createUser(m.d.db, { username: otherName, password: PASSWORD, role: 'operator' });
      const other = (await s.login(PASSWORD, { user: otherName })).json().token as string;
      const list = (await s.app.inject({ url: '/api/auth/sessions', headers: { authorization: `Bearer ${mine}` } })).json() as {
        id: number;
        userAgent: string | null;
      }[];
      const lostId = list.find((x) => x.userAgent === 'LostPhone/1.0')!.id;
      const foreign = await s.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${lostId}`, headers: { authorization: `Bearer ${other}` } });
      assert.equal(foreign.statusCode, 404);
      assert.equal((await s.me(lost)).statusCode, 200);
      const own = await s.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${lostId}`, headers: { authorization: `Bearer ${mine}` } });
      assert.equal(own.statusCode, 204);
      assert.equal((await s.me(lost)).statusCode, 401);
      assert.equal((await s.me(mine)).statusCode, 200);
      assert.equal((await s.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${mine}` } })).statusCode, 204);
      assert.equal((await s.me(mine)).statusCode, 401, 'logout ends the session');
    });

    test('sign out everywhere ends every session of the user', async () => {
      const s = await setup();
      const [a, b, c] = [await s.token(), await s.token(), await s.token()];
      const keep = await s.app.inject({ method: 'DELETE', url: '/api/auth/sessions?keepCurrent=true', headers: { authorization: `Bearer ${a}` } });
      assert.equal(keep.json().revokedSessions, 2);
      assert.deepEqual([(await s.me(a)).statusCode, (await s.me(b)).statusCode, (await s.me(c)).statusCode], [200, 401, 401]);
      const all = await s.app.inject({ method: 'DELETE', url: '/api/auth/sessions', headers: { authorization: `Bearer ${a}` } });
      assert.equal(all.json().revokedSessions, 1);
      assert.equal((await s.me(a)).statusCode, 401);
    });

    test('expired sessions and stale failure counters are swept, not kept forever', async () => {
      const s = await setup();
      const old = await s.token();
      const ghost = `sweep-ghost-${engine}`;
      assert.equal((await s.login('wrong', { user: ghost })).statusCode, 401);
      const userId = (await m.d.db.selectFrom('users').select('id').where('username', '=', s.username).executeTakeFirstOrThrow()).id;
      s.advance(15 * 86_400);
      await s.token();
      const rows = await m.d.db.selectFrom('sessions').select('token_hash').where('user_id', '=', userId).execute();
      assert.equal(rows.length, 1);
      assert.notEqual(rows[0]!.token_hash, createHash('sha256').update(old).digest('hex'));
      const failures = await m.d.db.selectFrom('sign_in_failures').select('username').where('username', '=', ghost).execute();
      assert.equal(failures.length, 0);
    });
  });
}
