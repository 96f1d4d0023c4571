// The eligibility cache's LRU (issue 16, memory): bounded by entries and by total weight, least recently used out
// first, the value just asked for always kept, failures never cached, concurrent asks sharing one computation.
import { describe, expect, it } from 'vitest';
import { WeighedLru } from '../../../src/features/eligibility/weighedLru.ts';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('WeighedLru', () => {
  it('evicts the least recently used values once the total weight passes the budget', async () => {
    const lru = new WeighedLru<number>({ maxEntries: 100, maxWeight: 10 }, (n) => n);
    let made = 0;
    const get = (key: string, weight: number) => lru.get(key, () => Promise.resolve((made++, weight)));
    await get('a', 4);
    await get('b', 4);
    await get('a', 4); // a is now the most recent
    await get('c', 4);
    await settle();
    expect(lru.stats()).toEqual({ entries: 2, weight: 8 });
    expect(made).toBe(3);
    await get('a', 4); // still cached
    expect(made).toBe(3);
    await get('b', 4); // was evicted: made again
    expect(made).toBe(4);
  });

  it('keeps a value heavier than the whole budget until the next one comes', async () => {
    const lru = new WeighedLru<number>({ maxEntries: 100, maxWeight: 10 }, (n) => n);
    await lru.get('big', () => Promise.resolve(50));
    await settle();
    expect(lru.stats()).toEqual({ entries: 1, weight: 50 });
    await lru.get('small', () => Promise.resolve(1));
    await settle();
    expect(lru.stats()).toEqual({ entries: 1, weight: 1 });
  });

  it('is bounded by entries too, shares a pending computation and never caches a failure', async () => {
    const lru = new WeighedLru<number>({ maxEntries: 2, maxWeight: 1000 }, () => 1);
    let made = 0;
    const slow = () => new Promise<number>((r) => setTimeout(() => r(++made), 5));
    const [x, y] = await Promise.all([lru.get('k', slow), lru.get('k', slow)]);
    expect([x, y, made]).toEqual([1, 1, 1]);
    await lru.get('l', slow);
    await lru.get('m', slow);
    await settle();
    expect(lru.stats().entries).toBe(2);
    await expect(lru.get('bad', () => Promise.reject(new Error('outage')))).rejects.toThrow('outage');
    await settle();
    let again = 0;
    await lru.get('bad', () => Promise.resolve(++again));
    expect(again).toBe(1);
  });
});
