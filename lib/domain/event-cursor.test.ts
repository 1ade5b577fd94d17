import { describe, expect, it } from 'vitest';
import { EventCursor } from './event-cursor';

const ev = (seq: number) => ({ seq, id: `e${seq}` });

describe('EventCursor', () => {
  it('applies in order and drops duplicates', () => {
    const cursor = new EventCursor(0);
    expect(cursor.offer([ev(1), ev(2)]).map((e) => e.seq)).toEqual([1, 2]);
    expect(cursor.offer([ev(2), ev(1)])).toEqual([]);
    expect(cursor.lastSeq).toBe(2);
  });

  it('holds events beyond a gap until the gap is filled, then applies all once', () => {
    const cursor = new EventCursor(10);
    expect(cursor.offer([ev(13), ev(12)])).toEqual([]);
    expect(cursor.hasGap).toBe(true);
    // the catch-up reply overlaps what was held
    expect(cursor.offer([ev(11), ev(12), ev(13), ev(14)]).map((e) => e.seq)).toEqual([11, 12, 13, 14]);
    expect(cursor.hasGap).toBe(false);
    expect(cursor.offer([ev(14), ev(15)]).map((e) => e.seq)).toEqual([15]);
  });

  it('survives any interleaving of live and catch-up deliveries (every event once, in order)', () => {
    // Deterministic shuffles of 1..60 delivered twice each.
    for (let seed = 1; seed <= 25; seed++) {
      let state = seed;
      const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const deliveries = [...Array.from({ length: 60 }, (_, i) => ev(i + 1)), ...Array.from({ length: 60 }, (_, i) => ev(i + 1))].sort(() => rand() - 0.5);
      const cursor = new EventCursor(0);
      const applied = deliveries.flatMap((d) => cursor.offer([d]).map((e) => e.seq));
      expect(applied).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    }
  });

  it('reset jumps forward and forgets what it covers', () => {
    const cursor = new EventCursor(0);
    cursor.offer([ev(3), ev(7)]);
    cursor.reset(5);
    expect(cursor.offer([ev(6)]).map((e) => e.seq)).toEqual([6, 7]);
  });
});
