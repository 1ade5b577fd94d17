import { describe, expect, it } from 'vitest';
import { IDS_PER_QUERY, findInChunks } from './in-chunks';

describe('findInChunks', () => {
  it('asks for at most IDS_PER_QUERY distinct ids at a time and returns every row', async () => {
    const ids = Array.from({ length: 2 * IDS_PER_QUERY + 7 }, (_, i) => `id-${i}`);
    const asked: number[] = [];
    const rows = await findInChunks([...ids, ...ids.slice(0, 10)], async (slice) => {
      asked.push(slice.length);
      return slice.map((id) => ({ id }));
    });
    expect(asked).toEqual([IDS_PER_QUERY, IDS_PER_QUERY, 7]);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(IDS_PER_QUERY).toBeLessThan(999);
  });

  it('asks nothing for no ids', async () => {
    let calls = 0;
    expect(await findInChunks([], async () => (calls++, []))).toEqual([]);
    expect(calls).toBe(0);
  });
});
