/**
 * The web UI's text lives in one catalogue per language (web/src/i18n/zh.ts,
 * en.ts, ar.ts, and per area e.g. media.zh.ts / media.en.ts / media.ar.ts).
 * These tests fail when any language lacks a key or leaves it empty, when two
 * languages disagree on placeholders, or when a page brings back a dictionary
 * of its own.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ar } from '../web/src/i18n/ar.ts';
import { en } from '../web/src/i18n/en.ts';
import { zh } from '../web/src/i18n/zh.ts';

const LANGS = ['zh', 'en', 'ar'] as const;
const I18N_DIR = new URL('../web/src/i18n/', import.meta.url);

type Tree = { readonly [k: string]: string | Tree };

/** Every leaf as path → text. */
function leaves(t: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(t)) {
    if (v !== null && typeof v === 'object') for (const [p, x] of leaves(v, `${prefix}${k}.`)) out.set(p, x);
    else out.set(`${prefix}${k}`, v);
  }
  return out;
}

/** What a catalogue lacks against the other: missing keys, and keys whose text is empty or not text. */
function catalogueProblems(a: Tree, b: Tree, names = ['zh', 'en']): string[] {
  const la = leaves(a);
  const lb = leaves(b);
  const problems: string[] = [];
  for (const [mine, theirs, name] of [
    [la, lb, names[1]],
    [lb, la, names[0]],
  ] as const) {
    for (const key of mine.keys()) if (!theirs.has(key)) problems.push(`${name} lacks ${key}`);
  }
  for (const [l, name] of [
    [la, names[0]],
    [lb, names[1]],
  ] as const) {
    for (const [key, v] of l) if (typeof v !== 'string' || v.trim() === '') problems.push(`${name}.${key} is empty`);
  }
  for (const [key, v] of la) {
    const w = lb.get(key);
    if (typeof v !== 'string' || typeof w !== 'string') continue;
    const ph = (s: string) =>
      [...s.matchAll(/\{\w+\}/g)]
        .map((m) => m[0])
        .sort()
        .join(',');
    if (ph(v) !== ph(w)) problems.push(`${key}: placeholders differ (${ph(v) || 'none'} / ${ph(w) || 'none'})`);
  }
  return problems;
}

test('a text key missing or left empty in any language of the web UI (zh, en, ar) fails the build', () => {
  assert.deepEqual(catalogueProblems(zh, en), []);
  assert.deepEqual(catalogueProblems(zh, ar, ['zh', 'ar']), []);
  assert.deepEqual(catalogueProblems(en, ar, ['en', 'ar']), []);
  // the check itself sees each kind of gap
  assert.deepEqual(catalogueProblems({ a: 'x', b: { c: 'y' } }, { a: 'x', b: {} }), ['en lacks b.c']);
  assert.deepEqual(catalogueProblems({ a: 'x' }, { a: 'x', z: 'extra' }), ['zh lacks z']);
  assert.deepEqual(catalogueProblems({ a: ' ' }, { a: 'x' }), ['zh.a is empty']);
  assert.deepEqual(catalogueProblems({ a: '第 {n} 页' }, { a: 'Page' }), ['a: placeholders differ ({n} / none)']);
});

test('a page that keeps its own zh/en dictionary instead of the catalogue is found', () => {
  const root = new URL('../web/src/', import.meta.url).pathname;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(e.name)) files.push(p);
    }
  };
  walk(root);
  const dictionary = /^\s*(zh|en)\s*:\s*\{/m;
  const offenders = files.filter((f) => !relative(root, f).startsWith('i18n/') && dictionary.test(readFileSync(f, 'utf8')));
  assert.deepEqual(
    offenders.map((f) => relative(root, f)),
    [],
  );
  assert.ok(
    files.some((f) => f.endsWith('search.tsx')),
    'the pages were read',
  );
});

test('every area catalogue (name.zh.ts) has its en and ar twins with the same keys', async () => {
  const areas = readdirSync(I18N_DIR)
    .map((f) => /^([a-z-]+)\.zh\.ts$/.exec(f)?.[1])
    .filter((a): a is string => !!a);
  for (const area of areas) {
    const loaded: Record<string, Tree> = {};
    for (const l of LANGS) {
      const file = new URL(`${area}.${l}.ts`, I18N_DIR);
      const mod = (await import(file.href).catch(() => null)) as Record<string, unknown> | null;
      assert.ok(mod, `${area}.${l}.ts exists`);
      const value = Object.values(mod).find((v) => v !== null && typeof v === 'object');
      assert.ok(value, `${area}.${l}.ts exports its catalogue`);
      loaded[l] = value as Tree;
    }
    assert.deepEqual(catalogueProblems(loaded.zh!, loaded.en!, [`${area}.zh`, `${area}.en`]), [], area);
    assert.deepEqual(catalogueProblems(loaded.zh!, loaded.ar!, [`${area}.zh`, `${area}.ar`]), [], area);
  }
});

test('the Arabic catalogue is written in Arabic script, not copied English', () => {
  // keys whose text is a code or a number format may stay as they are; texts that are only placeholders are skipped
  const SAME_OK = new Set(['dash', 'exportXlsx', 'exportCsv', 'consolidation.docs.json', 'consolidation.docs.xlsx', 'consolidation.docs.pdf']);
  const words = (v: unknown) => typeof v === 'string' && /\p{L}/u.test(v.replace(/\{\w+\}/g, ''));
  const la = new Map([...leaves(ar)].filter(([, v]) => words(v)));
  const le = leaves(en);
  const copied = [...la].filter(([k, v]) => !SAME_OK.has(k) && v === le.get(k)).map(([k]) => k);
  assert.deepEqual(copied, []);
  const noArabic = [...la].filter(([k, v]) => !SAME_OK.has(k) && typeof v === 'string' && !/\p{Script=Arabic}/u.test(v)).map(([k]) => k);
  assert.deepEqual(noArabic, []);
});
