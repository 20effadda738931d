import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The platform as `npm start` runs it, on a throw-away embedded database with the demo market loaded. */
export interface RunningPlatform {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  base: string;
  /** Seconds from spawn to "web UI: …" (migrate, load the demo, build if stale, listen). */
  startSeconds: number;
  stop(): Promise<void>;
}

/**
 * Start `yiwu start` in a child process on a temporary YIWU_DATA_DIR (PGlite; DATABASE_URL is dropped from its
 * environment) and a free port, wait until it prints its address. `stop()` sends SIGTERM, waits, removes the data.
 */
export async function startPlatform(scale: string): Promise<RunningPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yiwu-bench-web-'));
  const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'yiwu.js'), 'start', '--port', '0', '--host', '127.0.0.1', '--scale', scale], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const base = await new Promise<string>((ok, fail) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /web UI:\s+(http:\/\/[^\s/]+)/.exec(out);
      if (m) ok(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`yiwu start exited with ${code} before serving:\n${out.slice(-2000)}`)));
  });
  const startSeconds = (performance.now() - t0) / 1000;
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { base, startSeconds, stop };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(kill);
      ok();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Wait until the server answers the app shell quickly three times in a row (it may still be busy right after start:
 * the commodity-index scheduler's first run and search snapshot work share its one thread with PGlite). Returns the
 * seconds waited and the slowest answer seen, or gives up after `maxSeconds`.
 */
export async function settle(base: string, maxSeconds = 120): Promise<{ seconds: number; slowestMs: number }> {
  const t0 = performance.now();
  let fast = 0;
  let slowestMs = 0;
  while (fast < 3 && performance.now() - t0 < maxSeconds * 1000) {
    const t = performance.now();
    await (await fetch(`${base}/`)).arrayBuffer();
    const ms = performance.now() - t;
    slowestMs = Math.max(slowestMs, ms);
    fast = ms < 50 ? fast + 1 : 0;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return { seconds: (performance.now() - t0) / 1000, slowestMs };
}

/** The pages the bench measures, found through the API of the running demo. */
export interface BenchPage {
  name: string;
  path: string;
  /** A demo account whose session the page is measured under (the page needs sign-in). */
  as?: { username: string; password: string };
}

/** Sign in to the running platform as a demo account; the bearer token the UI keeps in localStorage ('yiwu.token'). */
export async function signInToken(base: string, as: { username: string; password: string }): Promise<string> {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(as) });
  if (!r.ok) throw new Error(`sign-in as ${as.username}: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { token: string }).token;
}

async function getJson(base: string, path: string): Promise<any> {
  const r = await fetch(base + path);
  if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

/**
 * Home, a top category, a product, a search, the product's stall shop, the public pages of credit, stall re-allocation
 * and the commodity index, and the signed-in pages (among them every page with a chart).
 */
export async function benchPages(base: string): Promise<BenchPage[]> {
  const categories: any[] = await getJson(base, '/api/categories');
  const category = categories.find((c) => (c.productCount ?? 1) > 0) ?? categories[0];
  const products = await getJson(base, '/api/products?pageSize=1');
  const productId: number = products.items[0].id;
  const product = await getJson(base, `/api/products/${productId}`);
  const pages: BenchPage[] = [
    { name: 'home', path: '/' },
    { name: 'category', path: `/category/${encodeURIComponent(category.code)}` },
    { name: 'product', path: `/product/${productId}` },
    { name: 'search', path: `/search?q=${encodeURIComponent('保温杯')}` },
  ];
  if (product.stall) pages.push({ name: 'shop', path: `/stall/${product.stall.id}` });
  pages.push(
    { name: 'blacklist', path: '/credit/blacklist' },
    { name: 'credit-index', path: '/credit/index' },
    { name: 'rounds', path: '/stalls/rounds' },
    { name: 'price-index', path: '/index' },
  );
  // signed-in pages (measured with the demo account's session in localStorage)
  const operator = { username: 'operator', password: 'operator123' };
  const merchant = { username: 'merchant', password: 'merchant123' };
  pages.push(
    { name: 'dashboard', path: '/dashboard', as: operator },
    { name: 'service', path: '/service', as: merchant },
    { name: 'stall-eval', path: '/stalls/evaluation', as: merchant },
    { name: 'my-credit', path: '/credit/score', as: merchant },
    { name: 'consignments', path: '/export/consignments', as: { username: 'agent', password: 'agent123' } },
    { name: 'inspection', path: '/export/inspection', as: { username: 'customs', password: 'customs123' } },
    { name: 'procurement', path: '/procurement', as: { username: 'agent', password: 'agent123' } },
    // the other pages with charts
    { name: 'svc-overview', path: '/service/overview', as: operator },
    { name: 'eval-console', path: '/stalls/evaluation/console', as: operator },
    { name: 'oversight', path: '/credit/oversight', as: { username: 'regulator', password: 'regulator123' } },
  );
  return pages;
}
