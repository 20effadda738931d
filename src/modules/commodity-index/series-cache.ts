/**
 * A bounded LRU cache of computed index series, with in-flight sharing: a key
 * being computed is computed once, every concurrent caller awaits the same
 * promise. Bounded by entries and by (estimated JSON) bytes; the least
 * recently used entries go first. Keys carry what makes a value
 * deterministic (docs/commodity-index.md, "Caching and batching"): the
 * normalised query plus the release id (published series) or the
 * observations' data version (on-the-fly formulas), so a new release or new
 * observations simply make new keys and the old entries age out.
 */
export interface SeriesCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
}
export interface SeriesCacheStats {
  hits: number;
  misses: number;
  shared: number;
  entries: number;
  bytes: number;
}

/**
 * The bounded LRU cache with in-flight sharing described above; `get` computes
 * a missing key once, `stats` counts hits, misses and shared computations.
 * @example
 * ```ts
 * const cache = new SeriesCache<number[]>({ maxEntries: 100, maxBytes: 8 * 1024 * 1024 });
 * const points = await cache.get(`published|price|ALL|${releaseId}`, () => loadPoints());
 * ```
 */
export class SeriesCache<V> {
  private readonly map = new Map<string, { value: V; bytes: number }>();
  private readonly inflight = new Map<string, Promise<V>>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private shared = 0;

  constructor(opts: SeriesCacheOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 200;
    this.maxBytes = opts.maxBytes ?? 32 * 1024 * 1024;
  }

  /** The cached value of `key`, or `compute()` once (shared by concurrent callers) and cached when it succeeds. */
  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.map.get(key);
    if (hit) {
      this.hits++;
      this.map.delete(key);
      this.map.set(key, hit); // most recently used last
      return hit.value;
    }
    const running = this.inflight.get(key);
    if (running) {
      this.shared++;
      return running;
    }
    this.misses++;
    const p = compute().then(
      (value) => {
        this.inflight.delete(key);
        this.put(key, value);
        return value;
      },
      (err: unknown) => {
        this.inflight.delete(key);
        throw err;
      },
    );
    this.inflight.set(key, p);
    return p;
  }

  private put(key: string, value: V): void {
    const bytes = key.length + JSON.stringify(value).length;
    if (bytes > this.maxBytes / 4) return; // one huge value would flush everything else
    const old = this.map.get(key);
    if (old) this.bytes -= old.bytes;
    this.map.delete(key);
    this.map.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.map) {
      if (this.map.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= e.bytes;
    }
  }

  stats(): SeriesCacheStats {
    return { hits: this.hits, misses: this.misses, shared: this.shared, entries: this.map.size, bytes: this.bytes };
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }
}
