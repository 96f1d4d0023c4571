// The page cache's store (ADR 022): bounded by bytes, least recently used out first, an oversized page never kept.
import { describe, expect, it } from 'vitest';
import { ByteLru } from '../../../src/http/pageCache.ts';

const entry = (bytes: number) => ({ body: Buffer.alloc(0), etag: undefined, headers: [], bytes, storedAt: 0 });

describe('ByteLru', () => {
  it('evicts the least recently used entries once the bytes held pass the bound', () => {
    const lru = new ByteLru(1000);
    lru.set('a', entry(100));
    lru.set('b', entry(100));
    lru.set('c', entry(100));
    expect(lru.get('a')).toBeDefined(); // a is now the most recent: b goes first
    for (let i = 0; i < 7; i++) lru.set(`x${i}`, entry(100));
    expect(lru.stats).toEqual({ bytes: 1000, entries: 10 });
    lru.set('y', entry(100));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.stats.bytes).toBe(1000);
  });

  it('does not keep an entry larger than an eighth of the bound, and replaces an entry under the same key', () => {
    const lru = new ByteLru(800);
    lru.set('big', entry(101));
    expect(lru.get('big')).toBeUndefined();
    lru.set('k', entry(50));
    lru.set('k', entry(70));
    expect(lru.stats).toEqual({ bytes: 70, entries: 1 });
  });
});
