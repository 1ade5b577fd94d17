import { describe, expect, it } from 'vitest';
import { applyPresenceDelta, PresenceBuffer, sortPresence, type PresenceMember } from './presence';

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
