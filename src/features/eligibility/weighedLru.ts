// A least-recently-used map of promised values bounded both by entries and by total weight (an estimate of the
// memory each value holds): a few large values cannot fill memory the way many small ones are allowed to. A value's
// weight is known once it resolves; a failed value is dropped and never cached.

/** The LRU's limits: at most `maxEntries` values and `maxWeight` in total (the newest value is always kept). */
export interface LruLimits {
  maxEntries: number;
  maxWeight: number;
}

/** Promised values by key, evicted least recently used first when either limit is passed. */
export class WeighedLru<T> {
  private readonly entries = new Map<string, { value: Promise<T>; weight: number }>();
  private total = 0;

  constructor(
    private readonly limits: LruLimits,
    private readonly weigh: (value: T) => number,
  ) {}

  /** The value under `key`, made by `make` when absent; a concurrent second call for the key shares the first. */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // re-inserted: Map order is the recency order
      this.entries.set(key, hit);
      return hit.value;
    }
    const entry = { value: make(), weight: 0 };
    this.entries.set(key, entry);
    entry.value.then(
      (v) => {
        if (this.entries.get(key) !== entry) return; // evicted meanwhile
        entry.weight = this.weigh(v);
        this.total += entry.weight;
        this.evict(key);
      },
      () => this.remove(key, entry),
    );
    this.evict(key);
    return entry.value;
  }

  /** How many values and how much weight are held now. */
  stats(): { entries: number; weight: number } {
    return { entries: this.entries.size, weight: this.total };
  }

  private remove(key: string, entry: { weight: number }): void {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.total -= entry.weight;
  }

  /** Drops the least recently used values until both limits hold, never `keep` (the value just asked for). */
  private evict(keep: string): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.total <= this.limits.maxWeight) return;
      if (key !== keep) this.remove(key, entry);
    }
  }
}
