import { describe, expect, it } from 'vitest';
import { attendanceMinutes, type AttendanceInterval } from './attendance';

const at = (hhmm: string) => new Date(`2025-05-10T${hhmm}:00+08:00`);
const START = at('19:00');
const END = at('20:30');
const MIN = 60_000;

const interval = (userId: string, joined: string, left: string | null): AttendanceInterval => ({
  userId,
  joinedAt: at(joined),
  leftAt: left === null ? null : at(left),
});

describe('attendanceMinutes', () => {
  it('counts a plain stay within the session', () => {
    const m = attendanceMinutes([interval('a', '19:05', '20:10')], START, END);
    expect(m.get('a')).toEqual({ presentMs: 65 * MIN, firstJoined: at('19:05'), lastLeft: at('20:10'), intervals: 1 });
  });

  it('counts two open tabs once: overlapping intervals are merged', () => {
    const m = attendanceMinutes([interval('a', '19:00', '20:00'), interval('a', '19:30', '20:15')], START, END);
    expect(m.get('a')).toMatchObject({ presentMs: 75 * MIN, intervals: 1, lastLeft: at('20:15') });
  });

  it('counts a nested interval (a second tab opened and closed inside the first) once', () => {
    const m = attendanceMinutes([interval('a', '19:00', '20:30'), interval('a', '19:10', '19:20')], START, END);
    expect(m.get('a')!.presentMs).toBe(90 * MIN);
  });

  it('adds separate stretches when a member drops and comes back, and merges touching ones', () => {
    const m = attendanceMinutes(
      [interval('a', '19:00', '19:20'), interval('a', '19:40', '20:00'), interval('a', '20:00', '20:10')],
      START,
      END,
    );
    expect(m.get('a')).toMatchObject({ presentMs: 50 * MIN, intervals: 2, firstJoined: at('19:00'), lastLeft: at('20:10') });
  });

  it('clips to the session: joining early and leaving late count only the session', () => {
    const m = attendanceMinutes([interval('a', '18:40', '21:00')], START, END);
    expect(m.get('a')).toEqual({ presentMs: 90 * MIN, firstJoined: at('18:40'), lastLeft: at('21:00'), intervals: 1 });
  });

  it('closes an open interval at the session end and reports it as not left', () => {
    const m = attendanceMinutes([interval('a', '20:00', null), interval('a', '19:00', '19:30')], START, END);
    expect(m.get('a')).toEqual({ presentMs: 60 * MIN, firstJoined: at('19:00'), lastLeft: null, intervals: 2 });
  });

  it('leaves out members whose presence is all outside the session, and nonsense intervals', () => {
    const m = attendanceMinutes(
      [interval('before', '18:00', '18:59'), interval('after', '20:30', '21:00'), interval('skew', '19:30', '19:10'), interval('b', '19:10', '19:11')],
      START,
      END,
    );
    expect([...m.keys()]).toEqual(['b']);
    expect(m.get('b')!.presentMs).toBe(MIN);
  });

  it('keeps members apart', () => {
    const m = attendanceMinutes([interval('a', '19:00', '19:30'), interval('b', '19:15', '19:45')], START, END);
    expect([m.get('a')!.presentMs, m.get('b')!.presentMs]).toEqual([30 * MIN, 30 * MIN]);
  });

  it('is empty for a session that ends before it starts', () => {
    expect(attendanceMinutes([interval('a', '19:00', '20:00')], END, START).size).toBe(0);
  });
});
