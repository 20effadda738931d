import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { csvLine, parseCsv } from '../src/core/csv.ts';
import { openDatabase, optionsFromEnv } from '../src/core/db/database.ts';
import { brDir, REPO_ROOT } from './shared-data.ts';
import { BIN, runYiwu, type Ran } from './cli-runner.ts';

/**
 * Smoke test of every `yiwu` command through the real binary (`node bin/yiwu.js …`), each
 * checked by what it did, not only by its exit code. One embedded data directory is shared
 * by the steps of the second suite, which run in order: a PGlite directory admits one
 * process at a time.
 */
function childEnv(dataDir: string | undefined, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...extra };
  for (const k of ['DATABASE_URL', 'YIWU_SEARCH_SNAPSHOT', 'HOST', 'PORT', 'YIWU_NEW_PASSWORD']) if (!(k in extra)) delete env[k];
  if (dataDir) env.YIWU_DATA_DIR = dataDir;
  else delete env.YIWU_DATA_DIR;
  return env;
}

/** Run `yiwu …args` to its end. */
/** Active listings in a data directory (read while no command holds it). */
async function activeProducts(dataDir: string): Promise<number> {
  const d = await openDatabase(optionsFromEnv({ ...process.env, DATABASE_URL: '', YIWU_DATA_DIR: dataDir }));
  try {
    const r = await sql<{ n: string }>`select count(*) as n from products where status = 'active'`.execute(d.db);
    return Number(r.rows[0]!.n);
  } finally {
    await d.close();
  }
}

function yiwu(args: string[], dataDir?: string, extra: Record<string, string> = {}): Promise<Ran> {
  return runYiwu(args, childEnv(dataDir, extra));
}

/** The Monday of an ISO week label `YYYY-Www`, as YYYY-MM-DD. */
function isoMonday(label: string): string {
  const [y, w] = label.split('-W').map(Number) as [number, number];
  const jan4 = Date.UTC(y, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday1 + (w - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

const ok = (r: Ran, what: string): string => {
  assert.equal(r.code, 0, `${what} exited ${r.code}\nstdout: ${r.out}\nstderr: ${r.err}`);
  return r.out;
};

/**
 * Start `yiwu serve|start --port 0`, wait for its banner, run `whileUp` against the printed
 * address, then send SIGTERM; returns the exit code.
 */
async function serving(args: string[], dataDir: string, whileUp: (url: string) => Promise<void>): Promise<number | null> {
  const child = spawn(process.execPath, [BIN, ...args, '--port', '0'], { cwd: REPO_ROOT, env: childEnv(dataDir, {}), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let out = '';
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /web UI:\s+(http:\/\/[^\s/]+\/)/.exec(out);
      if (m && /demo accounts|no demo accounts/.test(out) && out.endsWith('\n\n')) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`${args[0]} exited ${code} before its banner\nstdout: ${out}\nstderr: ${err}`)));
  });
  try {
    await whileUp(url);
  } finally {
    child.kill('SIGTERM');
  }
  return exited;
}

describe('yiwu commands that need no database', { concurrency: true }, () => {
  test('index compute reproduces the CPI Manual textbook values (Fisher = √(L·P) fixed base; chained Fisher)', async () => {
    const input = join(REPO_ROOT, 'docs', 'examples', 'index-textbook.csv');
    const [fixed, chained] = await Promise.all([
      yiwu(['index', 'compute', '--input', input, '--formula', 'fisher']),
      yiwu(['index', 'compute', '--input', input, '--formula', 'fisher', '--chained']),
    ]);
    const values = (r: Ran) =>
      ok(r, 'index compute')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => Number(l.split(',')[1]));
    assert.match(fixed.out, /^period,index\n1,1\n2,/);
    // docs/commodity-index.md §11: Laspeyres 1, 1.42, 1.345, 1.355, 1.44; Paasche 1, 47/34, 764/635, 439/430, 200/251.
    const laspeyres = [1, 1.42, 1.345, 1.355, 1.44];
    const paasche = [1, 47 / 34, 764 / 635, 439 / 430, 200 / 251];
    const fisher = values(fixed);
    assert.equal(fisher.length, 5);
    fisher.forEach((v, t) => assert.ok(Math.abs(v - Math.sqrt(laspeyres[t]! * paasche[t]!)) < 1e-12, `period ${t + 1}: ${v}`));
    assert.deepEqual(
      values(chained).map((v) => v.toFixed(4)),
      ['1.0000', '1.4011', '1.3185', '1.2689', '1.2226'],
    );
  });

  test('load plan --br places boxes of BR1 problem 1 inside the container, without overlap, as the file allows', async () => {
    const file = join(brDir(), 'br1.txt');
    const plan = JSON.parse(ok(await yiwu(['load', 'plan', '--br', file, '--problem', '1', '--json', '--time-limit', '3']), 'load plan --br')) as {
      problem: number;
      utilisation: number;
      container: number[];
      placements: { type: number; x: number; y: number; z: number; l: number; w: number; h: number }[];
    };
    // BR format: count; per problem "n seed", "L W H", types, then "i d1 f1 d2 f2 d3 f3 count" (f = may stand vertical).
    const nums = readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
    const [L, W, H, nTypes] = nums.slice(3, 7) as [number, number, number, number];
    const types = Array.from({ length: nTypes }, (_, i) => nums.slice(7 + i * 8, 15 + i * 8));
    assert.deepEqual(plan.container, [L, W, H]);
    assert.ok(plan.placements.length > 0);
    const used = new Map<number, number>();
    let volume = 0;
    for (const p of plan.placements) {
      const t = types[p.type - 1]!;
      assert.deepEqual(
        [p.l, p.w, p.h].sort((a, b) => a - b),
        [t[1]!, t[3]!, t[5]!].sort((a, b) => a - b),
        `box of type ${p.type} has its own dimensions`,
      );
      assert.ok(
        [1, 3, 5].some((i) => t[i] === p.h && t[i + 1] === 1),
        `type ${p.type} may stand with ${p.h} vertical`,
      );
      assert.ok(p.x >= 0 && p.y >= 0 && p.z >= 0 && p.x + p.l <= L && p.y + p.w <= W && p.z + p.h <= H, 'inside the container');
      used.set(p.type, (used.get(p.type) ?? 0) + 1);
      volume += p.l * p.w * p.h;
    }
    for (const [type, n] of used) assert.ok(n <= types[type - 1]![7]!, `no more boxes of type ${type} than the file has`);
    const ps = plan.placements;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const a = ps[i]!;
        const b = ps[j]!;
        const apart = a.x + a.l <= b.x || b.x + b.l <= a.x || a.y + a.w <= b.y || b.y + b.w <= a.y || a.z + a.h <= b.z || b.z + b.h <= a.z;
        assert.ok(apart, `boxes ${i} and ${j} overlap`);
      }
    assert.ok(Math.abs(plan.utilisation - volume / (L * W * H)) < 1e-9);
    assert.ok(plan.utilisation > 0.8, `utilisation ${plan.utilisation}`);
  });

  test('load plan --lots places every carton of every lot, this side up where asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-lots-'));
    try {
      const lots = join(dir, 'lots.csv');
      writeFileSync(lots, 'lot,owner,count,length_cm,width_cm,height_cm,gross_kg,this_side_up\nA,alice,40,60,40,30,12,yes\nB,bob,25,50,50,35,8,no\n');
      const plan = JSON.parse(ok(await yiwu(['load', 'plan', '--lots', lots, '--json', '--time-limit', '5']), 'load plan --lots')) as {
        complete: boolean;
        unplaced: unknown[];
        containers: {
          code: string;
          insideCm: number[];
          cartons: { lot: string; xCm: number; yCm: number; zCm: number; lengthCm: number; widthCm: number; heightCm: number }[];
        }[];
      };
      assert.equal(plan.complete, true);
      assert.deepEqual(plan.unplaced, []);
      const cartons = plan.containers.flatMap((c) => c.cartons.map((k) => ({ ...k, inside: c.insideCm })));
      assert.equal(cartons.filter((k) => k.lot === 'A').length, 40);
      assert.equal(cartons.filter((k) => k.lot === 'B').length, 25);
      for (const k of cartons) {
        if (k.lot === 'A') assert.equal(k.heightCm, 30, 'lot A stays this side up');
        const [l, w, h] = k.inside as [number, number, number];
        assert.ok(k.xCm + k.lengthCm <= l + 1e-9 && k.yCm + k.widthCm <= w + 1e-9 && k.zCm + k.heightCm <= h + 1e-9);
      }
      // 65 cartons of 3.5 m³ fit one 20GP, the cheapest container.
      assert.deepEqual(
        plan.containers.map((c) => c.code),
        ['20GP'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('yiwu commands on one embedded data directory, in order', () => {
  let dir: string;
  let work: string;
  let products = 0;
  let exported: string[][] = [];
  let newProductId = 0;
  const operator = { username: 'clioperator', password: 'a long enough password' };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-data-'));
    work = mkdtempSync(join(tmpdir(), 'yiwu-cli-files-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });
  const lock = () => join(dir, 'pglite.lock');

  test('migrate creates the schema in a fresh data directory and leaves no lock behind', async () => {
    const out = ok(await yiwu(['migrate'], dir), 'migrate');
    assert.match(out, /^applied: \S+(, \S+)*\n$/);
    assert.ok(existsSync(join(dir, 'pglite')));
    assert.equal(existsSync(lock()), false);
  });

  test('demo --scale tiny loads the tiny market with its trade and publishes the index from its orders, with counts', async () => {
    const out = ok(await yiwu(['demo', '--scale', 'tiny'], dir), 'demo');
    const m = /loaded demo market "tiny": 60 stalls, (\d+) merchants, (\d+) entities, (\d+) products/.exec(out);
    assert.ok(m, out);
    products = Number(m[3]);
    assert.ok(products >= 100, out);
    // The demo's trade: orders in every state this week, a year of order history, the index published from it.
    const t =
      /trade: (\d+) orders in every state, (\d+) inquiries and (\d+) RFQs this week; ([\d,]+) orders \(([\d,]+) lines\) of history (\d{4}-W\d\d) … (\d{4}-W\d\d); commodity index published for (\d+) weeks from those orders/.exec(
        out,
      );
    assert.ok(t, out);
    assert.ok(Number(t[1]) >= 10 && Number(t[2]) > 0 && Number(t[3]) > 0, out);
    assert.ok(Number(t[4]!.replace(/,/g, '')) > 0 && Number(t[5]!.replace(/,/g, '')) >= Number(t[4]!.replace(/,/g, '')), out);
    assert.ok(Number(t[8]) >= 52, `a year of weekly index values: ${out}`);
  });

  test('a second demo without --reset refuses to overwrite the market and exits 1', async () => {
    const r = await yiwu(['demo', '--scale', 'tiny'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /already holds a market; add --reset/);
    assert.doesNotMatch(r.out, /loaded demo market/);
  });

  test("export writes the merchant's products in the import layout", async () => {
    const file = join(work, 'goods.csv');
    assert.match(ok(await yiwu(['export', '--merchant', '1', '--out', file, '--lang', 'en'], dir), 'export'), /^wrote .*goods\.csv/);
    exported = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c !== ''));
    assert.deepEqual(exported[0]!.slice(0, 4), ['SKU', 'Category', 'Title (Chinese)', 'Title (English)']);
    assert.ok(exported.length >= 2, 'a header and at least one product');
    const sku = exported[0]!.indexOf('SKU');
    assert.equal(new Set(exported.slice(1).map((r) => r[sku])).size, exported.length - 1, 'one row per product');
  });

  test('search query finds goods by a Chinese word and saves the search snapshot it built', async () => {
    const out = ok(await yiwu(['search', 'query', '玩具', '--limit', '5'], dir), 'search query');
    const total = Number(/^(\d+) products/m.exec(out)?.[1]);
    assert.ok(total >= 1, out);
    const hits = out.split('\n').filter((l) => /^\s+\d+\s+\d/.test(l));
    assert.equal(hits.length, Math.min(5, total));
    for (const h of hits) assert.match(h, /玩具|toy/i);
    assert.ok(existsSync(join(dir, 'search', 'pglite.snap')));
  });

  test('an edited export imports back: the changed rows are updated and a new row is created', async () => {
    const header = exported[0]!;
    const [sku, titleEn] = [header.indexOf('SKU'), header.indexOf('Title (English)')];
    const rows = exported.slice(1).map((r) => [...r]);
    rows[0]![titleEn] = 'Zyxwvut Renamed Item';
    const added = [...rows[0]!];
    added[sku] = 'CLI-NEW-1';
    added[titleEn] = 'Qwertyuiop Gift Box';
    const file = join(work, 'edited.csv');
    writeFileSync(file, [header, ...rows, added].map((r) => csvLine(r)).join(''));
    const out = ok(await yiwu(['import', '--merchant', '1', '--file', file], dir), 'import');
    assert.match(out, new RegExp(`imported ${rows.length + 1} rows: 1 new products, ${rows.length} updated`));
  });

  test('a search in a new process finds the product imported by the previous one', async () => {
    const out = ok(await yiwu(['search', 'query', 'qwertyuiop'], dir), 'search query');
    assert.match(out, /^1 products/m);
    const m = /^\s+(\d+)\s+[\d.]+\s+.*\| Qwertyuiop Gift Box$/m.exec(out);
    assert.ok(m, out);
    newProductId = Number(m[1]);
  });

  test('search rebuild rebuilds from the table, the imported product included', async () => {
    const out = ok(await yiwu(['search', 'rebuild'], dir), 'search rebuild');
    // the active listings (the demo's IP complaints hold a few down), the imported one included
    const active = await activeProducts(dir);
    assert.ok(active > products - 10 && active <= products + 1, `${active} active of ${products + 1}`);
    assert.match(out, new RegExp(`^built ${active} products in [\\d.]+ s; snapshot .*pglite\\.snap$`, 'm'));
  });

  test('user create makes an account from $YIWU_NEW_PASSWORD (it signs in to serve below)', async () => {
    const out = ok(
      await yiwu(['user', 'create', '--username', operator.username, '--role', 'operator'], dir, { YIWU_NEW_PASSWORD: operator.password }),
      'user create',
    );
    assert.match(out, new RegExp(`^created user ${operator.username} \\(id \\d+, operator\\)`));
  });

  test('index releases and series show the demo history that demo published', async () => {
    const rel = ok(await yiwu(['index', 'releases'], dir), 'index releases')
      .trim()
      .split('\n');
    assert.ok(rel.length >= 1);
    assert.match(rel[0]!, /^\d+\t\S+\tregular\t\d{4}-W\d\d … \d{4}-W\d\d/);
    const series = ok(await yiwu(['index', 'series', '--category', 'ALL'], dir), 'index series')
      .trim()
      .split('\n');
    assert.equal(series[0], 'week,category,value,release');
    const points = series.slice(1).map((l) => l.split(','));
    assert.ok(points.length >= 50, `a year of weeks, got ${points.length}`);
    assert.deepEqual(points[0]!.slice(1, 3), ['ALL', '100'], 'the first week is the base, 100');
    for (const p of points) assert.ok(Number(p[2]) > 50 && Number(p[2]) < 200, `plausible value ${p.join(',')}`);
  });

  test('index survey records the observations of a price survey sheet', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const good = join(work, 'survey.csv');
    writeFileSync(good, `product_id,price_type,date,price\n${newProductId},in-market,${today},12.50\n${newProductId},export,${today},11.80\n`);
    assert.match(ok(await yiwu(['index', 'survey', '--file', good], dir), 'index survey'), /^recorded 2 observations of 2 items \(survey batch \d+\)/);
  });

  test('index run, tick and collect are idempotent over what demo already published and collected', async () => {
    assert.match(ok(await yiwu(['index', 'run'], dir), 'index run'), /^unchanged: week \d{4}-W\d\d is published/);
    const tick = JSON.parse(ok(await yiwu(['index', 'tick'], dir), 'index tick')) as { collected: number; collectedDay: string; published: unknown };
    // every listing that is active (the demo's IP complaints hold a few of its products down), the imported one included
    assert.ok(tick.collected > products - 10, `${tick.collected} of ${products + 1}`);
    assert.equal(tick.collected, await activeProducts(dir), 'every active product, the imported one included');
    assert.match(tick.collectedDay, /^\d{4}-\d\d-\d\d$/);
    assert.equal(tick.published, null);
    assert.equal(
      ok(await yiwu(['index', 'collect', '--date', tick.collectedDay], dir), 'index collect').trim(),
      `collected 0 listed prices for ${tick.collectedDay}`,
    );
  });

  test('index demo-history with fewer weeks than a product life is refused by name, not by a crash on an undefined date', async () => {
    const r = await yiwu(['index', 'demo-history', '--weeks', '6'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /^error VALIDATION: .*weeks.* 8\b/m);
  });

  test('index demo-history replaces the index data with the requested weeks', async () => {
    const out = ok(await yiwu(['index', 'demo-history', '--weeks', '8', '--per-category', '1'], dir), 'index demo-history');
    const m = /^demo history (\d{4}-W\d\d) … (\d{4}-W\d\d): (\d+) items, (\d+) observations;/.exec(out);
    assert.ok(m, out);
    assert.ok(Number(m[3]) > 0 && Number(m[4]) > 0);
    assert.ok(out.includes(`; published release 1: ${m[1]} … ${m[2]}`), `the replaced data is published afresh as release 1: ${out}`);
    const weeks = (Date.parse(isoMonday(m[2]!)) - Date.parse(isoMonday(m[1]!))) / (7 * 86_400_000) + 1;
    assert.equal(weeks, 8);
  });

  for (const command of ['serve', 'start']) {
    test(`${command} answers on the printed address, keeps the data directory to itself, and exits 0 on SIGTERM releasing the lock`, async () => {
      const code = await serving([command], dir, async (url) => {
        assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
        const health = await fetch(new URL('/health', url));
        assert.equal(health.status, 200);
        const login = await fetch(new URL('/api/auth/login', url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(operator),
        });
        assert.equal(login.status, 200, 'the account made by user create signs in');
        if (command === 'start') {
          const home = await fetch(url);
          assert.match(await home.text(), /<div id="root">/, 'the web UI is served');
          return;
        }
        assert.ok(existsSync(lock()), 'the server holds the lock');
        const second = await yiwu(['index', 'releases'], dir);
        assert.equal(second.code, 1);
        assert.match(second.err, /DATA_DIR_IN_USE/);
        assert.ok(second.err.includes(url), `the refusal points at the running server: ${second.err}`);
      });
      assert.equal(code, 0);
      assert.equal(existsSync(lock()), false, 'the lock is gone');
    });
  }
});
