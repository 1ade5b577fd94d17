/**
 * Applies a stream of sequenced events exactly once, in order (../shared/DESIGN.md, rule 2).
 *
 * Events arrive from two places — live pushes and catch-up replies — in any interleaving, possibly twice. The cursor
 * remembers the last sequence number applied; an event at or below it is a duplicate and is dropped; an event
 * beyond the next one is held until the gap is filled (and the caller is told to ask for the gap); the next one is
 * applied, followed by any held events that now follow on.
 */
export interface Sequenced {
  seq: number;
}

export class EventCursor<E extends Sequenced> {
  private held = new Map<number, E>();

  constructor(private last = 0) {}

  /** The last sequence number applied: what to send as `after` when catching up. */
  get lastSeq(): number {
    return this.last;
  }

  /** Whether events are waiting on a gap: the caller should catch up from `lastSeq`. */
  get hasGap(): boolean {
    return this.held.size > 0;
  }

  /** Offers events; returns those that are now applicable, in order, each exactly once. */
  offer(events: Iterable<E>): E[] {
    for (const event of events) {
      if (event.seq > this.last && !this.held.has(event.seq)) this.held.set(event.seq, event);
    }
    const ready: E[] = [];
    for (let next = this.held.get(this.last + 1); next; next = this.held.get(this.last + 1)) {
      this.held.delete(next.seq);
      this.last = next.seq;
      ready.push(next);
    }
    return ready;
  }

  /** Jumps to a known state (after a full reload), dropping anything held at or below it. */
  reset(lastSeq: number): void {
    this.last = lastSeq;
    for (const seq of this.held.keys()) if (seq <= lastSeq) this.held.delete(seq);
  }
}
