/**
 * A map that keeps only its `limit` most recently used entries (least recently used goes
 * first). For caches keyed by what a page passes in (language tags), which must not grow with
 * every distinct value.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  /** The value for `key`, now the most recently used; `undefined` when absent. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Stores `value` as the most recently used, dropping the oldest entry past the limit. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** How many entries are kept. */
  get size(): number {
    return this.entries.size;
  }
}

/** How many entries the language caches keep (formatters, decimal-comma answers). */
export const LANGUAGE_CACHE_LIMIT = 64;
