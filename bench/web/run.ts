/**
 * Web UI bench: Lighthouse (mobile preset) and axe-core on the demo market as `npm start` serves it.
 *
 *   npm run bench:web [-- --check] [--smoke] [--scale demo] [--pages home,product] [--no-build] [--lang zh|en] [--chromium /usr/bin/chromium]
 *
 * Builds the UI (Vite, with its .br/.gz copies), starts `yiwu start` on a temporary embedded database with the demo
 * market, then on home, a category, a product, a search and a stall's shop runs Lighthouse (performance,
 * accessibility, best practices, SEO; UI language --lang, default zh) and axe-core in Chinese and in English. Prints
 * the scores, the axe violations by impact, every audit below target with the elements it names, and the main
 * bundle's size on the wire; the whole result goes to bench/out/web.json.
 * Every page is measured with a cold HTTP cache: Lighthouse clears the public pages' storage and cache itself; a
 * signed-in page keeps its storage (the session token in localStorage), and its HTTP cache is emptied over the
 * DevTools protocol just before the run (lighthouse-run.ts storeToken), so its figures compare with the others.
 * --check: exit 1 when a score is below 90 or axe finds a serious or critical violation.
 * --smoke: the home page only, on the tiny demo (about a minute).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { axePage, IMPACTS, launchBrowser, type AxePage } from './axe-run.ts';
import { CATEGORIES, launchChrome, lighthousePage, storeToken, type LighthousePage } from './lighthouse-run.ts';
import { benchPages, ROOT, settle, signInToken, startPlatform } from './platform.ts';

const { values: opt } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    scale: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    lang: { type: 'string', default: 'zh' },
    pages: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const TARGET = 90;
const scale = opt.scale ?? (opt.smoke ? 'tiny' : 'demo');
const lhLang = opt.lang === 'en' ? 'en-US' : 'zh-CN';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

/** GET a path with the given Accept-Encoding; the bytes as sent (not decoded) and the headers. */
function getRaw(
  base: string,
  path: string,
  acceptEncoding: string,
): Promise<{ status: number; bytes: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(`${base}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        ok({ status: res.statusCode ?? 0, bytes: body.length, headers: res.headers, body });
      });
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

interface BundleFigures {
  path: string;
  rawBytes: number;
  brBytes: number;
  gzipBytes: number;
  cacheControl: string;
  shellCacheControl: string;
}

/** The entry script named by the app shell, fetched plain, brotli and gzip. */
async function mainBundle(base: string): Promise<BundleFigures> {
  const shell = await getRaw(base, '/', 'identity');
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(shell.body.toString())?.[1];
  if (!src) throw new Error('no module script in the app shell');
  const [plain, br, gz] = await Promise.all([getRaw(base, src, 'identity'), getRaw(base, src, 'br'), getRaw(base, src, 'gzip')]);
  return {
    path: src,
    rawBytes: plain.bytes,
    brBytes: br.headers['content-encoding'] === 'br' ? br.bytes : Number.NaN,
    gzipBytes: gz.headers['content-encoding'] === 'gzip' ? gz.bytes : Number.NaN,
    cacheControl: String(plain.headers['cache-control'] ?? ''),
    shellCacheControl: String(shell.headers['cache-control'] ?? ''),
  };
}

async function main(): Promise<number> {
  if (!opt['no-build']) {
    process.stdout.write('building the web UI (vite)…\n');
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
  }
  process.stdout.write(`starting yiwu with the ${scale} demo on a temporary embedded database…\n`);
  const platform = await startPlatform(scale);
  const lh: LighthousePage[] = [];
  const axe: AxePage[] = [];
  let bundle: BundleFigures;
  try {
    process.stdout.write(`serving at ${platform.base} after ${platform.startSeconds.toFixed(1)} s\n`);
    let pages = await benchPages(platform.base);
    if (opt.smoke) pages = pages.slice(0, 1);
    if (opt.pages) {
      const wanted = opt.pages.split(',');
      pages = pages.filter((p) => wanted.includes(p.name));
    }
    const first = await settle(platform.base);
    process.stdout.write(`first quiet after ${first.seconds.toFixed(1)} s (slowest app shell ${Math.round(first.slowestMs)} ms)\n`);
    bundle = await mainBundle(platform.base);

    const tokens = new Map<string, string>();
    for (const p of pages) if (p.as && !tokens.has(p.as.username)) tokens.set(p.as.username, await signInToken(platform.base, p.as));
    const tokenOf = (p: (typeof pages)[number]) => (p.as ? tokens.get(p.as.username) : undefined);
    const browser = await launchBrowser(opt.chromium);
    try {
      for (const lang of ['zh', 'en'] as const) {
        for (const p of pages) {
          process.stdout.write(`axe ${p.name} (${lang})…\n`);
          axe.push(await axePage(browser, p.name, platform.base + p.path, lang, tokenOf(p)));
        }
      }
    } finally {
      await browser.close();
    }
    // axe ran first and loaded every page twice: the server's caches are warm; wait until it is idle, then measure.
    const quiet = await settle(platform.base);
    process.stdout.write(`server settled after ${quiet.seconds.toFixed(1)} s more (slowest app shell ${Math.round(quiet.slowestMs)} ms)\n`);
    const chrome = await launchChrome(opt.chromium, lhLang);
    try {
      for (const p of pages) {
        process.stdout.write(`lighthouse ${p.name} ${p.path}${p.as ? ` (signed in as ${p.as.username})` : ''}…\n`);
        const token = tokenOf(p);
        if (token) await storeToken(chrome.port, platform.base + p.path, token);
        lh.push(await lighthousePage(chrome.port, p.name, platform.base + p.path, token !== undefined));
      }
    } finally {
      chrome.kill();
    }
  } finally {
    await platform.stop();
  }

  const out: string[] = [];
  out.push('', `Lighthouse ${lhLang}, mobile preset (simulated slow 4G, 4× CPU slowdown), cold HTTP cache; target ≥ ${TARGET}`);
  out.push(
    `${pad('page', 10)}${CATEGORIES.map((c) => lpad(c === 'best-practices' ? 'best-pr.' : c.slice(0, 11), 14)).join('')}${lpad('FCP', 8)}${lpad('LCP', 8)}${lpad('TBT', 8)}${lpad('CLS', 7)}${lpad('JS wire', 11)}`,
  );
  for (const r of lh) {
    const js = r.scripts.reduce((s, x) => s + x.transferBytes, 0);
    out.push(
      `${pad(r.page, 10)}${CATEGORIES.map((c) => lpad(`${r.scores[c]}${r.scores[c] < TARGET ? ' ✗' : '  '}`, 14)).join('')}` +
        `${lpad(`${(r.metrics.fcpMs / 1000).toFixed(1)}s`, 8)}${lpad(`${(r.metrics.lcpMs / 1000).toFixed(1)}s`, 8)}${lpad(`${Math.round(r.metrics.tbtMs)}ms`, 8)}` +
        `${lpad(r.metrics.cls.toFixed(3), 7)}${lpad(kb(js), 11)}`,
    );
  }
  out.push('', 'axe-core violations by impact (412 px wide); FCP and load event unthrottled on loopback, cold cache');
  out.push(`${pad('page', 10)}${pad('lang', 6)}${IMPACTS.map((i) => lpad(i, 10)).join('')}${lpad('FCP', 8)}${lpad('load', 8)}  rules`);
  for (const a of axe) {
    out.push(
      `${pad(a.page, 10)}${pad(a.lang, 6)}${IMPACTS.map((i) => lpad(a.counts[i], 10)).join('')}${lpad(`${a.timing.fcpMs}ms`, 8)}${lpad(`${a.timing.loadMs}ms`, 8)}  ` +
        a.violations.map((v) => `${v.rule}(${v.impact[0]}×${v.nodeCount})`).join(' '),
    );
  }
  out.push(
    '',
    `main bundle ${bundle!.path}: ${kb(bundle!.rawBytes)} plain, ${kb(bundle!.brBytes)} brotli, ${kb(bundle!.gzipBytes)} gzip; ` +
      `Cache-Control "${bundle!.cacheControl}"; app shell "${bundle!.shellCacheControl}"`,
  );
  for (const r of lh.slice(0, 1)) {
    out.push(`scripts loaded by ${r.page}: ${r.scripts.map((s) => `${s.url.replace(/^https?:\/\/[^/]+/, '')} ${kb(s.transferBytes)} on the wire`).join(', ')}`);
  }

  out.push('', 'Lighthouse audits below 0.9 (page · category · audit: value — elements / URLs)');
  for (const r of lh) {
    for (const f of r.findings) {
      out.push(
        `${r.page} · ${f.category} · ${f.id} (${f.score === null ? '–' : f.score.toFixed(2)}): ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}`,
      );
      for (const t of f.targets) out.push(`    ${t}`);
    }
  }
  out.push('', 'main-thread time (Lighthouse, 4× CPU slowdown): long tasks per page');
  for (const r of lh) {
    const tasks = r.mainThread.longTasks.map((t) => `${t.durationMs} ms @${t.startMs} ${t.url.replace(/^https?:\/\/[^/]+/, '')}`);
    out.push(`${pad(r.page, 10)}${tasks.length ? tasks.join(', ') : 'none'}`);
  }
  out.push('', 'axe violations (page · lang · rule [impact]: help — elements)');
  for (const a of axe) {
    for (const v of a.violations) {
      out.push(`${a.page} · ${a.lang} · ${v.rule} [${v.impact}] ×${v.nodeCount}: ${v.help}`);
      for (const n of v.nodes) out.push(`    ${n}`);
    }
  }

  const belowTarget = lh.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < TARGET).map((c) => `${r.page} ${c} ${r.scores[c]}`));
  const severe = axe.flatMap((a) => a.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${a.page}/${a.lang} ${v.rule}`));
  out.push(
    '',
    `below target: ${belowTarget.length ? belowTarget.join(', ') : 'none'}`,
    `serious or critical axe violations: ${severe.length ? [...new Set(severe)].join(', ') : 'none'}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);

  const dir = join(ROOT, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'web.json'),
    JSON.stringify({ at: new Date().toISOString(), scale, lighthouseLang: lhLang, bundle: bundle!, lighthouse: lh, axe }, null, 2),
  );
  process.stdout.write(`details: bench/out/web.json\n`);
  return opt.check && (belowTarget.length > 0 || severe.length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
