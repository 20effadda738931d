/**
 * Demo pictures: every demo product gets an illustration of its kind (an icon
 * of the Fluent Emoji Flat set, MIT licence, picked in picture-icons.ts) on a
 * background tinted by the product's colour (its `colour` attribute, else a
 * colour word in its title). Each kind × colour is drawn once (an SVG rendered
 * by sharp, then the catalogue's picture pipeline makes the WebP renditions)
 * and shared by every product that needs it: the files are content-addressed.
 * The rows are bulk-loaded (COPY) like the rest of the demo.
 *
 * The icon set is the npm package @iconify-json/fluent-emoji-flat; without it
 * the demo loads without pictures (the UI shows its neutral placeholder).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import sharp from 'sharp';
import type { Database } from '../../core/db/database.ts';
import { copyCsvLine } from '../../core/csv.ts';
import { images, PRODUCT_KINDS, categoryIdOf, type ProductKind } from '../catalog/index.ts';
import { COLOURS } from './market-words.ts';
import { kindIcon } from './picture-icons.ts';

interface IconSet {
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
  lastModified?: number;
  width?: number;
  height?: number;
}

/**
 * The Fluent Emoji Flat icon set (a 9 MB JSON file), read afresh for each demo
 * load and dropped after it; null when the package is not installed.
 */
export function loadIconSet(): IconSet | null {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve('@iconify-json/fluent-emoji-flat/icons.json');
  } catch {
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8')) as IconSet;
}

/** Background tints (sRGB hex) by colour word; anything else gets the neutral one. */
const TINTS: Record<string, string> = {
  red: '#e5484d',
  black: '#3a3f47',
  white: '#d9dee5',
  pink: '#ef7fb3',
  blue: '#3e8ed0',
  green: '#46a758',
  yellow: '#f2c94c',
  purple: '#8e6bd1',
  grey: '#8b95a1',
  gold: '#d4a72c',
  silver: '#aab4bf',
  beige: '#d8c3a5',
  coffee: '#8d6748',
  champagne: '#e2c9a0',
  nude: '#e0b49a',
  multicolour: 'rainbow',
};
const NEUTRAL = '#b8c4d0';

/** The colour word of a product, from its attributes or title; '' for none. */
export function productColour(attributes: Record<string, string>, titleEn: string | null): string {
  const attr = (attributes.colour ?? '').toLowerCase();
  for (const c of Object.keys(TINTS)) if (attr.includes(c)) return c;
  const title = ` ${(titleEn ?? '').toLowerCase()} `;
  for (const c of COLOURS) if (title.includes(` ${c.en.toLowerCase()} `)) return c.en.toLowerCase();
  return '';
}

function mix(hex: string, toward: number, t: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const ch = (s: number) => Math.round(((n >> s) & 255) * (1 - t) + toward * t);
  return `#${[16, 8, 0].map((s) => ch(s).toString(16).padStart(2, '0')).join('')}`;
}

const SIZE = 480;
const GLYPH = Math.round(SIZE * 0.62);

/** An icon's SVG drawn alone at GLYPH px (for the picture and for checks). */
export function glyphSvg(set: IconSet, icon: string): string {
  const name = set.icons[icon] ? icon : (set.aliases?.[icon]?.parent ?? 'package');
  const glyph = set.icons[name] ?? set.icons.package!;
  const w = glyph.width ?? set.width ?? 32;
  const h = glyph.height ?? set.height ?? 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${GLYPH}" height="${GLYPH}" viewBox="0 0 ${w} ${h}">${glyph.body}</svg>`;
}

/** The background of a colour: a tinted square with a soft lighter disc (a gradient for multicolour). */
function backgroundSvg(colour: string): string {
  const base = TINTS[colour] ?? NEUTRAL;
  const bg =
    base === 'rainbow'
      ? `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fde2e4"/><stop offset=".5" stop-color="#fff1c1"/><stop offset="1" stop-color="#cde7f0"/></linearGradient></defs><rect width="${SIZE}" height="${SIZE}" fill="url(#g)"/>`
      : `<rect width="${SIZE}" height="${SIZE}" fill="${mix(base, 255, 0.72)}"/>`;
  const disc = base === 'rainbow' ? '#ffffff' : mix(base, 255, 0.45);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">${bg}<circle cx="${SIZE / 2}" cy="${SIZE / 2}" r="${SIZE * 0.4}" fill="${disc}" fill-opacity=".55"/></svg>`;
}

/** A drawing ready to store: its hash, size and rendition files. */
export interface Drawing {
  hash: string;
  width: number;
  height: number;
  bytes: number;
  files: { key: string; body: Buffer }[];
}

const glyphs = new Map<string, Promise<Buffer>>();
const backgrounds = new Map<string, Promise<Buffer>>();
const cached = <T>(m: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
  let p = m.get(key);
  if (!p) {
    p = make();
    m.set(key, p);
    p.catch(() => m.delete(key));
  }
  return p;
};
/** Drawings made in this process, by icon|colour (demo loads in one process share them). */
const drawn = new Map<string, Promise<Drawing>>();

/**
 * One illustration: the icon (rasterised once per icon) over the colour's
 * background (once per colour), encoded as WebP at 480 and 160 px. The 1200
 * rendition is the 480 file (pictures are never enlarged).
 */
function draw(set: IconSet, icon: string, colour: string): Promise<Drawing> {
  return cached(drawn, `${icon}|${colour}`, async () => {
    const saved = await fromDiskCache(set, icon, colour);
    const [big, small] = saved ?? (await render(set, icon, colour));
    if (!saved) await toDiskCache(set, icon, colour, big, small);
    const hash = images.imageHash(big);
    return {
      hash,
      width: SIZE,
      height: SIZE,
      bytes: big.length,
      files: [
        { key: images.renditionKey(hash, 160), body: small },
        { key: images.renditionKey(hash, 480), body: big },
        { key: images.renditionKey(hash, 1200), body: big },
      ],
    };
  });
}

async function render(set: IconSet, icon: string, colour: string): Promise<[Buffer, Buffer]> {
  const glyph = await cached(glyphs, icon, () =>
    sharp(Buffer.from(glyphSvg(set, icon)))
      .png()
      .toBuffer(),
  );
  const bg = await cached(backgrounds, colour, () =>
    sharp(Buffer.from(backgroundSvg(colour)))
      .png()
      .toBuffer(),
  );
  const raw = await sharp(bg)
    .composite([{ input: glyph, gravity: 'centre' }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const input = { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } } as const;
  const big = await sharp(raw.data, input).webp({ quality: 82, effort: 0 }).toBuffer();
  const small = await sharp(raw.data, input).resize(160, 160).webp({ quality: 75, effort: 0 }).toBuffer();
  return [big, small];
}

/**
 * Drawings are also kept in a cache directory (YIWU_PICTURE_CACHE, default
 * <tmp>/yiwu-demo-pictures), named by a digest of the drawing's recipe (icon set
 * version, icon, colour, this file's version): a reload, another test process or
 * another data directory reuses them instead of drawing again. Cache errors are ignored.
 */
const RECIPE = 'demo-pictures-v1';
const cacheDir = () => process.env.YIWU_PICTURE_CACHE || join(tmpdir(), 'yiwu-demo-pictures');
const cacheName = (set: IconSet, icon: string, colour: string) =>
  createHash('sha256')
    .update(`${RECIPE}|${set.lastModified ?? 0}|${icon}|${colour}`)
    .digest('hex')
    .slice(0, 32);

async function fromDiskCache(set: IconSet, icon: string, colour: string): Promise<[Buffer, Buffer] | undefined> {
  try {
    const base = join(cacheDir(), cacheName(set, icon, colour));
    return [await readFile(`${base}-480.webp`), await readFile(`${base}-160.webp`)];
  } catch {
    return undefined;
  }
}

async function toDiskCache(set: IconSet, icon: string, colour: string, big: Buffer, small: Buffer): Promise<void> {
  try {
    const dir = cacheDir();
    await mkdir(dir, { recursive: true });
    const base = join(dir, cacheName(set, icon, colour));
    const tag = `${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    // the 160 file first: a reader needs both, and the 480 one appears last
    for (const [suffix, body] of [
      ['160', small],
      ['480', big],
    ] as const) {
      await writeFile(`${base}-${suffix}.webp.${tag}`, body);
      await rename(`${base}-${suffix}.webp.${tag}`, `${base}-${suffix}.webp`);
    }
  } catch {
    // a read-only or full temporary directory only costs the next load a redraw
  }
}

/** The kind of a generated product: the longest kind name of its category found in its English title. */
function kindResolver(): (categoryId: number, titleEn: string | null) => ProductKind | undefined {
  const byCategory = new Map<number, ProductKind[]>();
  for (const k of PRODUCT_KINDS) {
    const id = categoryIdOf(k.category);
    const list = byCategory.get(id) ?? [];
    list.push(k);
    byCategory.set(id, list);
  }
  for (const list of byCategory.values()) list.sort((a, b) => b.en.length - a.en.length);
  return (categoryId, titleEn) => {
    const list = byCategory.get(categoryId);
    if (!list) return undefined;
    const t = (titleEn ?? '').toLowerCase();
    return list.find((k) => t.includes(k.en.toLowerCase())) ?? list[0];
  };
}

export interface DemoPicturesReport {
  products: number;
  drawings: number;
}

/**
 * Give every product of the demo without a hosted picture its illustration.
 * Returns how many products got one and how many distinct drawings were made;
 * { products: 0 } when the icon set is not installed.
 * @example
 * ```ts
 * const r = await addDemoPictures(database);
 * console.log(`${r.products} products, ${r.drawings} drawings`);
 * ```
 */
export async function addDemoPictures(database: Database, onProgress: (done: number, total: number) => void = () => {}): Promise<DemoPicturesReport> {
  const set = loadIconSet();
  if (!set) return { products: 0, drawings: 0 };
  const store = images.mediaStore(database);
  const kindOf = kindResolver();
  const stored = new Set<string>();
  const db = database.db;
  const total = Number(
    (
      await db
        .selectFrom('products')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  let done = 0;
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('products')
      .select(['id', 'merchant_id', 'category_id', 'title_en', 'attributes'])
      .where('id', '>', after)
      .where(sql<boolean>`not exists (select 1 from product_images i where i.product_id = products.id)`)
      .orderBy('id')
      .limit(20_000)
      .execute();
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const wanted = page.map((p) => {
      const kind = kindOf(p.category_id, p.title_en);
      const attrs = (typeof p.attributes === 'string' ? JSON.parse(p.attributes) : p.attributes) as Record<string, string> | null;
      return { icon: kind ? kindIcon(kind) : 'package', colour: productColour(attrs ?? {}, p.title_en) };
    });
    // Draw the new kind × colour pairs two at a time (the picture pipeline's own bound), then store each once.
    const fresh = [...new Map(wanted.map((w) => [`${w.icon}|${w.colour}`, w])).values()];
    let next = 0;
    const worker = async () => {
      while (next < fresh.length) {
        const w = fresh[next++]!;
        const pic = await draw(set, w.icon, w.colour);
        if (!stored.has(pic.hash)) {
          stored.add(pic.hash);
          for (const f of pic.files) await store.put(f.key, f.body, 'image/webp');
        }
      }
    };
    await Promise.all([worker(), worker()]);
    const lines: string[] = [];
    for (let i = 0; i < page.length; i++) {
      const p = page[i]!;
      const pic = await draw(set, wanted[i]!.icon, wanted[i]!.colour);
      lines.push(copyCsvLine([p.id, p.merchant_id, 0, pic.hash, pic.width, pic.height, pic.bytes, 'illustration']));
    }
    await database.copyCsv('product_images', ['product_id', 'merchant_id', 'position', 'hash', 'width', 'height', 'bytes', 'source'], [lines.join('')]);
    done += page.length;
    onProgress(done, total);
  }
  return { products: done, drawings: stored.size };
}
