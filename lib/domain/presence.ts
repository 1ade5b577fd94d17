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
