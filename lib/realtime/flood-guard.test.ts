import { describe, expect, it, vi } from 'vitest';

// Before the limits are made (on import): a burst small enough to use up within the message budgets.
vi.hoisted(() => {
  process.env.WRITES_PER_SECOND = '2';
  process.env.WRITE_BURST = '5';
});

import { SecondBudget, limiters } from '../services/rate-limits';
import { clientToServerEvents } from '../../tests/support/contract';
import { CLIENT_EVENT_KINDS } from './events';
import { MAX_HOLD_MS, RESUME_SPREAD_MS, guardMessages, isWrite, messageCost } from './flood-guard';
import type { GongduSocket } from './handlers/request';

type Middleware = (packet: unknown[], next: (error?: Error) => void) => void;

/** What the guard touches of a socket: its id and user, its websocket (to hold it) and socket.use; what it delivers. */
function fakeSocket(userId: string) {
  const calls: string[] = [];
  let middleware: Middleware = () => undefined;
  const socket = {
    id: `socket-${Math.random()}`,
    data: { userId },
    conn: { transport: { name: 'websocket', socket: { pause: () => calls.push('pause'), resume: () => calls.push('resume') } } },
    use: (fn: Middleware) => (middleware = fn),
    disconnect: () => calls.push('disconnect'),
  };
  let delivered: unknown[] | undefined;
  guardMessages(socket as unknown as GongduSocket, (_socket, packet) => (delivered = packet));
  /** One message, as socket.io hands it over; what happened to it, synchronously. */
  const send = (event: string, payload: unknown, ack?: (answer: unknown) => void) => {
    let outcome = 'pending';
    const packet = [event, payload, ...(ack ? [ack] : [])];
    middleware(packet, (error) => (outcome = error ? 'error' : 'passed to socket.io'));
    if (delivered === packet) outcome = 'run';
    calls.push(outcome);
    return outcome;
  };
  return { send, calls };
}

describe('SecondBudget', () => {
  it('answers at once: within the points 0, past them the ms until the second ends; then full again', () => {
    const budget = new SecondBudget(5);
    expect(budget.spend('a', 3, 1_000)).toBe(0);
    expect(budget.spend('a', 2, 1_200)).toBe(0);
    expect(budget.spend('a', 1, 1_400)).toBe(600);
    expect(budget.spend('b', 5, 1_400)).toBe(0); // keys count apart
    expect(budget.spend('a', 5, 2_000)).toBe(0);
  });
});

describe('the kinds of the contract\'s events', () => {
  it('classifies every client→server event of the contract, and nothing else', () => {
    // The type check already demands it (CLIENT_EVENT_KINDS `satisfies` the contract); this reads the contract's text.
    expect(Object.keys(CLIENT_EVENT_KINDS).sort()).toEqual(clientToServerEvents().map((e) => e.name).sort());
  });

  it('counts the writes against the write allowance and weighs each message by its kind', () => {
    const writes = Object.keys(CLIENT_EVENT_KINDS).filter(isWrite);
    expect(writes).toEqual(expect.arrayContaining(['annotation:create', 'reply:create', 'reaction:set', 'reflection:create', 'notification:read']));
    expect(writes).not.toContain('session:join'); // a reconnect rejoins: never refused as a write
    expect(writes).not.toContain('leader:move');
    expect([messageCost('stream:sync'), messageCost('annotation:create'), messageCost('session:join'), messageCost('session:viewing')]).toEqual([5, 3, 3, 1]);
    // Names are the sender's to choose: one outside the contract is no write, and weighs a write's cost.
    for (const name of ['__proto__', 'toString', 'constructor', 'no:such']) expect([isWrite(name), messageCost(name)]).toEqual([false, 3]);
  });
});

describe('guardMessages', () => {
  it('holds the socket on the first message over its budget, before the next message of the same read is looked at', () => {
    const { send, calls } = fakeSocket(`user-${Math.random()}`);
    // One read's worth of presence messages, dispatched one after the other with nothing awaited in between.
    const outcomes = Array.from({ length: 300 }, () => send('session:viewing', { sessionId: 's', blockId: null }));
    const allowed = limiters.socketMessages.points; // presence weighs 1
    expect(outcomes.slice(0, allowed).every((o) => o === 'run')).toBe(true);
    expect(outcomes.slice(allowed).every((o) => o === 'pending')).toBe(true); // refused: never run
    expect(calls.indexOf('pause')).toBe(allowed); // right after the last message allowed, before the next
    expect(calls.filter((c) => c === 'pause')).toHaveLength(1);
    expect(calls).not.toContain('disconnect'); // 240 refused: fewer than ten times the allowance
  });

  it('holds a socket over its budget again as soon as its hold ended twice as long, up to 8 s; each end a little later, at random', () => {
    vi.useFakeTimers({ now: 5_000_000 });
    try {
      const { send, calls } = fakeSocket(`user-${Math.random()}`);
      /** Sends presence until the socket is held; how long it stays held. */
      const heldFor = () => {
        calls.length = 0;
        while (!calls.includes('pause')) send('session:viewing', { sessionId: 's', blockId: null });
        const start = Date.now();
        while (!calls.includes('resume')) vi.advanceTimersToNextTimer();
        return Date.now() - start;
      };
      const inARow = Array.from({ length: 5 }, heldFor);
      const expected = [1_000, 2_000, 4_000, MAX_HOLD_MS, MAX_HOLD_MS];
      inARow.forEach((ms, i) => expect(ms).toBeGreaterThanOrEqual(expected[i]));
      inARow.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(expected[i] + RESUME_SPREAD_MS));
      // A page that bursts now and then is held only until its budget refills.
      vi.advanceTimersByTime(5_000);
      expect(heldFor()).toBeLessThanOrEqual(1_000 + RESUME_SPREAD_MS);
      expect(calls).not.toContain('disconnect');
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers a refused request rate_limited synchronously', () => {
    const { send } = fakeSocket(`user-${Math.random()}`);
    for (let i = 0; i < limiters.socketMessages.points / 5; i++) expect(send('stream:sync', { stream: 'x', after: 0 }, () => undefined)).toBe('run');
    const answers: unknown[] = [];
    send('stream:sync', { stream: 'x', after: 0 }, (a) => answers.push(a));
    expect(answers).toEqual([{ ok: false, error: { code: 'rate_limited', message: 'too many messages: slow down' } }]);
  });

  it('disconnects a socket refused more than ten times its allowance within a second', () => {
    const { send, calls } = fakeSocket(`user-${Math.random()}`);
    for (let i = 0; i < 12 * limiters.socketMessages.points; i++) send('stream:unsubscribe', { stream: 'x' });
    expect(calls).toContain('disconnect');
  });

  it("spends writes from the user's write allowance: its steady points, then its burst, then rate_limited", async () => {
    const { send } = fakeSocket(`user-${Math.random()}`);
    const allowance = 2 + 5; // WRITES_PER_SECOND + WRITE_BURST, set above
    const answers: unknown[] = [];
    const outcomes = Array.from({ length: allowance + 5 }, () => send('notification:read', {}, (a) => answers.push(a)));
    expect(outcomes.every((o) => o === 'pending')).toBe(true); // the write allowance answers by promise
    await new Promise((r) => setTimeout(r, 50));
    // Allowed writes went on to their handler (delivered: unanswered here); the refused ones were answered.
    expect(answers).toEqual(Array(5).fill({ ok: false, error: { code: 'rate_limited', message: 'too many writes: slow down' } }));
  });
});
