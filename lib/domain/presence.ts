/**
 * Live-session presence as deltas (../shared/STYLE.md, habit 11): the server sends who joined, who left and who
 * moved to another passage, coalesced per room a few times a second, so the cost of one member's change never
 * depends on how many are in the room. The client keeps the list and sorts it for display.
 */

export interface PresenceMember {
  userId: string;
  name: string;
  /** the block the member's screen is on (the section in view), if they told us */
  blockId: string | null;
  isLeader: boolean;
}

/** The changes to one session's presence since the last message. Applied in the order joined → moved → left. */
export interface PresenceDelta {
  sessionId: string;
  joined: PresenceMember[];
  moved: { userId: string; blockId: string | null }[];
  left: string[];
}

type Change = { kind: 'joined'; member: PresenceMember } | { kind: 'moved'; blockId: string | null } | { kind: 'left' };

/**
 * Collects one room's changes until the next flush, keeping only each member's latest: a member who joins and
 * moves within one window is sent once, as joined at the new place; one who joins and leaves is sent as left
 * (harmless to a client that never saw them), one who leaves and comes back as joined.
 */
export class PresenceBuffer {
  private changes = new Map<string, Change>();

  get isEmpty(): boolean {
    return this.changes.size === 0;
  }

  joined(member: PresenceMember): void {
    this.changes.set(member.userId, { kind: 'joined', member });
  }

  moved(userId: string, blockId: string | null): void {
    const prior = this.changes.get(userId);
    if (prior?.kind === 'joined') prior.member = { ...prior.member, blockId };
    else if (prior?.kind !== 'left') this.changes.set(userId, { kind: 'moved', blockId });
  }

  left(userId: string): void {
    this.changes.set(userId, { kind: 'left' });
  }

  /** The delta to send, and an empty buffer. */
  drain(sessionId: string): PresenceDelta {
    const delta: PresenceDelta = { sessionId, joined: [], moved: [], left: [] };
    for (const [userId, c] of this.changes) {
      if (c.kind === 'joined') delta.joined.push(c.member);
      else if (c.kind === 'moved') delta.moved.push({ userId, blockId: c.blockId });
      else delta.left.push(userId);
    }
    this.changes.clear();
    return delta;
  }
}

/** Applies a delta to a client's map of members (by user id); returns a new map, the old one untouched. */
export function applyPresenceDelta(members: ReadonlyMap<string, PresenceMember>, delta: Omit<PresenceDelta, 'sessionId'>): Map<string, PresenceMember> {
  const next = new Map(members);
  for (const m of delta.joined) next.set(m.userId, m);
  for (const { userId, blockId } of delta.moved) {
    const m = next.get(userId);
    if (m) next.set(userId, { ...m, blockId });
  }
  for (const userId of delta.left) next.delete(userId);
  return next;
}

const collator = new Intl.Collator('zh-CN');

/** Display order: the leader first, then by name as a Chinese reader expects (pinyin order). */
export function sortPresence(members: Iterable<PresenceMember>): PresenceMember[] {
  return [...members].sort((a, b) => Number(b.isLeader) - Number(a.isLeader) || collator.compare(a.name, b.name));
}

/** One member's entry in a process's index: what the room sees, and how many of their sockets here take part. */
interface IndexedMember extends PresenceMember {
  sockets: number;
}

/**
 * Who is present in each session, as far as one process's own sockets go: per session, per user, the member as the
 * room sees them and how many of their sockets (tabs) have joined. Kept up to date on join, leave, move and removal,
 * so a joiner's snapshot and "is this member still here?" are read from it instead of walking the room's sockets.
 * With several processes each keeps its own, and a joiner's snapshot merges them (mergePresence).
 */
export class PresenceIndex {
  private sessions = new Map<string, Map<string, IndexedMember>>();

  /**
   * A socket of the member joined the session (`isNewSocket`), or one that had joined joined again (a reconnecting
   * client re-joins: counted once). Name and leadership are refreshed; a passage not given keeps the one known.
   * Returns the member as the room should now see them.
   */
  join(sessionId: string, member: PresenceMember, isNewSocket: boolean): PresenceMember {
    let room = this.sessions.get(sessionId);
    if (!room) this.sessions.set(sessionId, (room = new Map()));
    const known = room.get(member.userId);
    const entry: IndexedMember = { ...member, blockId: member.blockId ?? known?.blockId ?? null, sockets: (known?.sockets ?? 0) + (isNewSocket || !known ? 1 : 0) };
    room.set(member.userId, entry);
    return asMember(entry);
  }

  /** One socket of the member left. True when it was their last one here (the member is gone from this index). */
  leave(sessionId: string, userId: string): boolean {
    const room = this.sessions.get(sessionId);
    const known = room?.get(userId);
    if (!room || !known) return true;
    if (--known.sockets > 0) return false;
    this.drop(room, sessionId, userId);
    return true;
  }

  /** The member's passage in view. False when they are not here or it did not change (nothing to tell the room). */
  move(sessionId: string, userId: string, blockId: string | null): boolean {
    const known = this.sessions.get(sessionId)?.get(userId);
    if (!known || known.blockId === blockId) return false;
    known.blockId = blockId;
    return true;
  }

  /** Takes the member out whatever their number of sockets (their membership ended). Whether they were here. */
  remove(sessionId: string, userId: string): boolean {
    const room = this.sessions.get(sessionId);
    if (!room?.has(userId)) return false;
    this.drop(room, sessionId, userId);
    return true;
  }

  has(sessionId: string, userId: string): boolean {
    return this.sessions.get(sessionId)?.has(userId) ?? false;
  }

  /** Everyone present in the session here, one entry per user, unsorted. */
  members(sessionId: string): PresenceMember[] {
    return [...(this.sessions.get(sessionId)?.values() ?? [])].map(asMember);
  }

  /** Sessions with anyone present here (for tests and diagnostics). */
  get size(): number {
    return this.sessions.size;
  }

  private drop(room: Map<string, IndexedMember>, sessionId: string, userId: string) {
    room.delete(userId);
    if (!room.size) this.sessions.delete(sessionId);
  }
}

const asMember = ({ userId, name, blockId, isLeader }: PresenceMember): PresenceMember => ({ userId, name, blockId, isLeader });

/**
 * One snapshot from several processes' lists: one entry per user (a member may have tabs on two processes), with
 * a passage if any process knows one, and leading if any says so.
 */
export function mergePresence(lists: Iterable<readonly PresenceMember[]>): PresenceMember[] {
  const byUser = new Map<string, PresenceMember>();
  for (const list of lists) {
    for (const m of list) {
      const known = byUser.get(m.userId);
      byUser.set(m.userId, known ? { ...known, blockId: known.blockId ?? m.blockId, isLeader: known.isLeader || m.isLeader } : asMember(m));
    }
  }
  return [...byUser.values()];
}
