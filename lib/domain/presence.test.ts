import { describe, expect, it } from 'vitest';
import { applyPresenceDelta, mergePresence, PresenceBuffer, PresenceIndex, sortPresence, type PresenceMember } from './presence';

const m = (userId: string, name: string, isLeader = false, blockId: string | null = null): PresenceMember => ({ userId, name, isLeader, blockId });

describe('presence deltas', () => {
  it('keeps only each member’s latest change within one window', () => {
    const buffer = new PresenceBuffer();
    buffer.joined(m('a', '王芳', true));
    buffer.moved('a', 'b5');
    buffer.moved('b', 'b7');
    buffer.joined(m('c', '张伟'));
    buffer.left('c');
    buffer.left('d');
    buffer.joined(m('d', '李明'));
    const delta = buffer.drain('s1');
    expect(delta).toEqual({ sessionId: 's1', joined: [m('a', '王芳', true, 'b5'), m('d', '李明')], moved: [{ userId: 'b', blockId: 'b7' }], left: ['c'] });
    expect(buffer.isEmpty).toBe(true);
  });

  it('does not turn a move after leaving into a presence', () => {
    const buffer = new PresenceBuffer();
    buffer.left('a');
    buffer.moved('a', 'b1');
    expect(buffer.drain('s')).toMatchObject({ joined: [], moved: [], left: ['a'] });
  });

  it('applies joined, moved and left to the client’s list, and sorts leader first then by pinyin', () => {
    let members = applyPresenceDelta(new Map(), { joined: [m('z', '张伟'), m('l', '李明'), m('w', '王芳', true)], moved: [], left: [] });
    members = applyPresenceDelta(members, { joined: [], moved: [{ userId: 'l', blockId: 'b9' }, { userId: 'ghost', blockId: 'b1' }], left: ['z'] });
    expect(sortPresence(members.values())).toEqual([m('w', '王芳', true), m('l', '李明', false, 'b9')]);
    expect(sortPresence([m('1', '张伟'), m('2', '安娜'), m('3', '李明')]).map((x) => x.name)).toEqual(['安娜', '李明', '张伟']);
  });
});

describe('presence index', () => {
  it('answers a joiner with everyone present after joins, moves and leaves, one entry per user', () => {
    const index = new PresenceIndex();
    expect(index.join('s', m('a', '王芳', true), true)).toEqual(m('a', '王芳', true));
    index.join('s', m('b', '李明'), true);
    index.join('s', m('c', '张伟'), true);
    index.join('t', m('a', '王芳'), true);
    expect(index.move('s', 'b', 'b3')).toBe(true);
    expect(index.move('s', 'b', 'b3')).toBe(false); // unchanged: nothing to tell the room
    expect(index.move('s', 'ghost', 'b1')).toBe(false); // not present: not made present by a move
    expect(index.leave('s', 'c')).toBe(true);
    expect(sortPresence(index.members('s'))).toEqual([m('a', '王芳', true), m('b', '李明', false, 'b3')]);
    expect(index.members('t')).toEqual([m('a', '王芳')]);
    expect(index.has('s', 'c')).toBe(false);
    expect(index.members('nobody')).toEqual([]);
  });

  it('keeps a member present until their last socket leaves, and counts a socket that joins again once', () => {
    const index = new PresenceIndex();
    index.join('s', m('a', '王芳'), true);
    index.move('s', 'a', 'b7');
    // a second tab joins: the passage known is kept, the room sees one member
    expect(index.join('s', m('a', '王芳'), true)).toEqual(m('a', '王芳', false, 'b7'));
    // the first tab's client joins again after a reconnect: not a third socket
    index.join('s', m('a', '王芳'), false);
    expect(index.leave('s', 'a')).toBe(false);
    expect(index.members('s')).toEqual([m('a', '王芳', false, 'b7')]);
    expect(index.leave('s', 'a')).toBe(true);
    expect(index.members('s')).toEqual([]);
    expect(index.size).toBe(0); // an empty session is not kept
    expect(index.leave('s', 'a')).toBe(true); // leaving twice is harmless
  });

  it('removes a member whatever their number of sockets', () => {
    const index = new PresenceIndex();
    index.join('s', m('a', '王芳'), true);
    index.join('s', m('a', '王芳'), true);
    index.join('s', m('b', '李明'), true);
    expect(index.remove('s', 'a')).toBe(true);
    expect(index.remove('s', 'a')).toBe(false);
    expect(index.members('s')).toEqual([m('b', '李明')]);
  });

  it('merges processes’ lists into one entry per user', () => {
    const merged = mergePresence([
      [m('a', '王芳', false, null), m('b', '李明')],
      [m('a', '王芳', true, 'b2'), m('c', '张伟')],
      [],
    ]);
    expect(sortPresence(merged)).toEqual([m('a', '王芳', true, 'b2'), m('b', '李明'), m('c', '张伟')]);
  });
});
