/**
 * The competing engines behind one small interface. Every engine indexes the
 * same pre-segmented tokens (see corpus.ts) plus category fields for the
 * filter, and answers a query with its top 20 ids and, where it can, a total.
 */
import pg from 'pg';
import { copyFromChunks } from '../../src/core/db/pg-copy.ts';
import type { SearchDoc } from '../../src/modules/search/index.ts';
import { type BenchQuery, type Corpus, isBaseClass } from './corpus.ts';

export interface EngineResult {
  ids: number[];
  /** Exact total, or undefined when the engine cannot give one. */
  total?: number;
}
export interface Engine {
  name: string;
  note: string;
  build(corpus: Corpus, limit: number, onProgress?: (n: number) => void): Promise<void>;
  search(q: BenchQuery): Promise<EngineResult> | EngineResult;
  /** Which queries it can answer (default: the issue-3 classes). */
  supports?(q: BenchQuery): boolean;
  close(): Promise<void>;
}

/** Whether an engine without price, MOQ, district and sort fields can answer the query (the issue-3 classes only). */
export const basicQuery = (q: BenchQuery): boolean => isBaseClass(q.cls);

const top2 = (d: SearchDoc) => d.categoryCode.slice(0, 2);
const mid4 = (d: SearchDoc) => d.categoryCode.slice(0, 4);

export class PgFts implements Engine {
  name = 'postgres-fts';
  note =
    'PostgreSQL 15, GIN over a tsvector of the pre-segmented tokens (simple config), ts_rank top 20 + exact count(*); B-tree indexes on top/mid/leaf category, price, MOQ, district, created; browse orders by quality';
  private admin!: pg.Client;
  private client!: pg.Client;
  private dbName = `yiwu_search_bench_${process.pid}`;
  constructor(private readonly url: string) {}
  async build(corpus: Corpus, limit: number, onProgress?: (n: number) => void): Promise<void> {
    this.admin = new pg.Client({ connectionString: this.url });
    await this.admin.connect();
    await this.admin.query(`drop database if exists ${this.dbName}`);
    await this.admin.query(`create database ${this.dbName}`);
    const u = new URL(this.url);
    u.pathname = `/${this.dbName}`;
    this.client = new pg.Client({ connectionString: u.toString() });
    await this.client.connect();
    await this.client.query(
      'create table docs (id int primary key, top text, mid text, leaf text, price int, moq int, district int, created bigint, quality real, tokens text, tsv tsvector)',
    );
    const esc = (s: string) => s.replace(/[\\\t\n\r]/g, ' ');
    let n = 0;
    const chunks = function* (): Generator<string> {
      let buf = '';
      for (const d of corpus.docs(limit)) {
        buf += `${d.id}\t${top2(d)}\t${mid4(d)}\t${d.categoryCode}\t${Math.round(d.priceMinor)}\t${d.moq}\t${d.district}\t${d.createdAt}\t${d.quality}\t${esc(corpus.tokens(d))}\n`;
        if (++n % 50_000 === 0) {
          onProgress?.(n);
          yield buf;
          buf = '';
        }
      }
      if (buf) yield buf;
    };
    await copyFromChunks(this.client, 'copy docs (id, top, mid, leaf, price, moq, district, created, quality, tokens) from stdin', chunks());
    await this.client.query(`update docs set tsv = to_tsvector('simple', tokens), tokens = null`);
    await this.client.query('create index docs_tsv on docs using gin (tsv)');
    await this.client.query(
      'create index docs_top on docs (top); create index docs_mid on docs (mid); create index docs_leaf on docs (leaf); create index docs_price on docs (price); create index docs_moq on docs (moq); create index docs_district on docs (district); create index docs_created on docs (created)',
    );
    await this.client.query('vacuum analyze docs');
  }
  supports(): boolean {
    return true;
  }
  async search(q: BenchQuery): Promise<EngineResult> {
    const browse = q.text.trim() === '';
    if (!browse && !q.tokens.length) return { ids: [], total: 0 };
    const params: unknown[] = [];
    const where: string[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    let tsq = '';
    if (!browse) {
      tsq = p(q.tokens.map((t) => `'${t.replace(/'/g, "''")}'`).join(' & '));
      where.push(`tsv @@ to_tsquery('simple', ${tsq})`);
    }
    if (q.category) where.push(`${q.category.length === 2 ? 'top' : q.category.length === 4 ? 'mid' : 'leaf'} = ${p(q.category)}`);
    const f = q.filters ?? {};
    if (f.priceMin !== undefined) where.push(`price >= ${p(f.priceMin)}`);
    if (f.priceMax !== undefined) where.push(`price <= ${p(f.priceMax)}`);
    if (f.moqMax !== undefined) where.push(`moq <= ${p(f.moqMax)}`);
    if (f.district !== undefined) where.push(`district = ${p(f.district)}`);
    const cond = where.length ? `where ${where.join(' and ')}` : '';
    const order =
      q.sort === 'price_asc'
        ? 'price, id'
        : q.sort === 'price_desc'
          ? 'price desc, id'
          : q.sort === 'newest'
            ? 'created desc, id'
            : browse
              ? 'quality desc, id'
              : `ts_rank(tsv, to_tsquery('simple', ${tsq})) desc, id`;
    const size = q.pageSize ?? 20;
    const offset = ((q.page ?? 1) - 1) * size;
    const top = await this.client.query(`select id from docs ${cond} order by ${order} limit ${size} offset ${offset}`, params);
    const cnt = await this.client.query(`select count(*)::int as n from docs ${cond}`, params);
    return { ids: top.rows.map((r: { id: number }) => r.id), total: cnt.rows[0].n as number };
  }
  async sizeBytes(): Promise<number> {
    const r = await this.client.query(`select pg_total_relation_size('docs')::bigint as n`);
    return Number(r.rows[0].n);
  }
  async close(): Promise<void> {
    await this.client?.end();
    await this.admin?.query(`drop database if exists ${this.dbName}`);
    await this.admin?.end();
  }
}

export class Flex implements Engine {
  name = 'flexsearch-0.8';
  note = 'Document index, whitespace tokens as given (tokenize strict), tags top/mid for the category filter; no exact total';
  private doc: any;
  async build(corpus: Corpus, limit: number, onProgress?: (n: number) => void): Promise<void> {
    const { Document } = (await import('flexsearch')) as any;
    this.doc = new Document({
      tokenize: 'strict',
      encoder: { normalize: false, split: ' ' },
      cache: false,
      document: { id: 'id', index: ['t'], tag: ['top', 'mid'] },
    });
    let n = 0;
    for (const d of corpus.docs(limit)) {
      this.doc.add({ id: d.id, t: corpus.tokens(d), top: top2(d), mid: mid4(d) });
      if (++n % 50_000 === 0) onProgress?.(n);
    }
  }
  search(q: BenchQuery): EngineResult {
    if (!q.tokens.length) return { ids: [] };
    const opts: any = { query: q.tokens.join(' '), limit: 20, index: 't' };
    if (q.category) opts.tag = { [q.category.length === 2 ? 'top' : 'mid']: q.category };
    const r = this.doc.search(opts) as { field?: string; tag?: string; result: number[] }[];
    const ids: number[] = [];
    for (const part of r) for (const id of part.result) if (!ids.includes(id) && ids.length < 20) ids.push(id);
    return { ids };
  }
  async close(): Promise<void> {
    this.doc = undefined;
  }
}

export class Mini implements Engine {
  name = 'minisearch-7';
  note = 'whitespace tokenizer, AND combination, category by filter callback; total = length of its full result list';
  private ms: any;
  async build(corpus: Corpus, limit: number, onProgress?: (n: number) => void): Promise<void> {
    const MiniSearch = ((await import('minisearch')) as any).default;
    this.ms = new MiniSearch({
      fields: ['t'],
      storeFields: ['c'],
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t || null,
      searchOptions: { combineWith: 'AND' },
    });
    let n = 0;
    for (const d of corpus.docs(limit)) {
      this.ms.add({ id: d.id, t: corpus.tokens(d), c: d.categoryCode });
      if (++n % 50_000 === 0) onProgress?.(n);
    }
  }
  search(q: BenchQuery): EngineResult {
    if (!q.tokens.length) return { ids: [], total: 0 };
    const cat = q.category;
    const r = this.ms.search(q.tokens.join(' '), cat ? { filter: (x: { c: string }) => x.c.startsWith(cat) } : {}) as { id: number }[];
    return { ids: r.slice(0, 20).map((x) => x.id), total: r.length };
  }
  async close(): Promise<void> {
    this.ms = undefined;
  }
}

export class OramaEngine implements Engine {
  name = 'orama-3';
  note =
    'string field of the tokens with a whitespace tokenizer, threshold 0 (all terms); its exact mode never matches Chinese, so terms also prefix-match (保温 finds 保温杯); enum filters for the category; count from the result';
  private db: any;
  private orama: any;
  async build(corpus: Corpus, limit: number, onProgress?: (n: number) => void): Promise<void> {
    this.orama = await import('@orama/orama');
    this.db = this.orama.create({
      schema: { t: 'string', top: 'enum', mid: 'enum' },
      components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (s: string) => s.split(' ').filter(Boolean) } },
    });
    let n = 0;
    for (const d of corpus.docs(limit)) {
      this.orama.insert(this.db, { id: String(d.id), t: corpus.tokens(d), top: top2(d), mid: mid4(d) });
      if (++n % 50_000 === 0) onProgress?.(n);
    }
  }
  search(q: BenchQuery): EngineResult {
    if (!q.tokens.length) return { ids: [], total: 0 };
    const where = q.category ? { [q.category.length === 2 ? 'top' : 'mid']: { eq: q.category } } : undefined;
    const r = this.orama.search(this.db, { term: q.tokens.join(' '), properties: ['t'], limit: 20, threshold: 0, ...(where ? { where } : {}) });
    return { ids: r.hits.map((h: { id: string }) => Number(h.id)), total: r.count };
  }
  async close(): Promise<void> {
    this.db = undefined;
  }
}
