import { describe, expect, it } from 'vitest';
import { canReadBlockIn, canReadSource, keepsPlaceholder, viewAnnotation, viewReflection, viewReply, type Viewer } from './visibility';

const reply = (over: Partial<{ id: string; authorId: string; body: string; deleted: boolean; hidden: boolean }> = {}) => ({
  id: over.id ?? 'r1',
  annotationId: 'a1',
  author: { id: over.authorId ?? 'bob' },
  body: over.body ?? '回复',
  deleted: over.deleted ?? false,
  hidden: over.hidden ?? false,
});
const annotation = (over: Partial<{ authorId: string; visibility: string; note: string; deleted: boolean; hidden: boolean; replies: ReturnType<typeof reply>[] }> = {}) => ({
  id: 'a1',
  author: { id: over.authorId ?? 'ann' },
  visibility: over.visibility ?? 'group',
  note: over.note ?? '批注',
  deleted: over.deleted ?? false,
  hidden: over.hidden ?? false,
  replies: over.replies ?? [],
});

const member: Viewer = { userId: 'mem', role: 'member' };
const leader: Viewer = { userId: 'lea', role: 'leader' };
const author: Viewer = { userId: 'ann', role: 'member' };
const outsider: Viewer = { userId: 'out', role: null };

describe('viewAnnotation', () => {
  it('shows a private annotation to its author alone', () => {
    const a = annotation({ visibility: 'private' });
    expect(viewAnnotation(author, a)).toEqual(a);
    expect(viewAnnotation(member, a)).toBeNull();
    expect(viewAnnotation(leader, a)).toBeNull();
  });
  it('shows a hidden annotation to leaders and its author, nobody else', () => {
    const a = annotation({ hidden: true });
    expect(viewAnnotation(leader, a)?.note).toBe('批注');
    expect(viewAnnotation(author, a)?.note).toBe('批注');
    expect(viewAnnotation(member, a)).toBeNull();
  });
  it('empties a deleted note for everyone, leaders included', () => {
    const a = annotation({ deleted: true, replies: [reply()] });
    expect(viewAnnotation(leader, a)?.note).toBe('');
    expect(viewAnnotation(member, a)?.note).toBe('');
  });
  it('redacts hidden replies inside a visible thread for members (the reply’s author too), keeps them for leaders', () => {
    const a = annotation({ replies: [reply({ hidden: true, authorId: 'mem', body: '不当' }), reply({ id: 'r2' })] });
    expect(viewAnnotation(member, a)?.replies.map((r) => r.body)).toEqual(['', '回复']);
    expect(viewAnnotation(leader, a)?.replies.map((r) => r.body)).toEqual(['不当', '回复']);
  });
  it('gives someone who is not a member nothing', () => {
    expect(viewAnnotation(outsider, annotation())).toBeNull();
    expect(viewReflection(outsider, reply())).toBeNull();
  });
});

describe('replies and reflections', () => {
  it('never shows deleted words', () => {
    expect(viewReply(leader, reply({ deleted: true })).body).toBe('');
  });
  it('drops a hidden reflection for other members, leaves its author a placeholder', () => {
    const r = reply({ hidden: true, authorId: 'mem' });
    expect(viewReflection({ userId: 'x', role: 'member' }, r)).toBeNull();
    expect(viewReflection(member, r)?.body).toBe('');
    expect(viewReflection(leader, r)?.body).toBe('回复');
  });
  it('keeps a deleted annotation only while a reply is alive', () => {
    expect(keepsPlaceholder({ deleted: true, replies: [{ deleted: true }] })).toBe(false);
    expect(keepsPlaceholder({ deleted: true, replies: [{ deleted: false }] })).toBe(true);
  });
});

describe('texts', () => {
  it('opens a block of the shared library or of the group’s own text, to members only', () => {
    expect(canReadBlockIn(member, 'g1', { ownerGroupId: null })).toBe(true);
    expect(canReadBlockIn(member, 'g1', { ownerGroupId: 'g1' })).toBe(true);
    expect(canReadBlockIn(member, 'g1', { ownerGroupId: 'g2' })).toBe(false);
    expect(canReadBlockIn(outsider, 'g1', { ownerGroupId: null })).toBe(false);
  });
  it('gives a text’s source to leaders of the owning group only', () => {
    expect(canReadSource(leader, { ownerGroupId: 'g1' }, 'g1')).toBe(true);
    expect(canReadSource(member, { ownerGroupId: 'g1' }, 'g1')).toBe(false);
    expect(canReadSource(leader, { ownerGroupId: 'g2' }, 'g1')).toBe(false);
  });
});
