import { describe, expect, it } from 'vitest';
import { viewEvent, type LogEvent, type Now } from './log-events';
import type { Viewer } from './visibility';

type A = { id: string; author: { id: string }; visibility: string; note: string; deleted: boolean; hidden: boolean; replies: R[] };
type R = { id: string; annotationId: string | null; author: { id: string }; body: string; deleted: boolean; hidden: boolean };

const member: Viewer = { userId: 'mem', role: 'member' };
const leader: Viewer = { userId: 'lea', role: 'leader' };
const annotation = (over: Partial<A> = {}): A => ({ id: 'a1', author: { id: 'ann' }, visibility: 'group', note: '现在的批注', deleted: false, hidden: false, replies: [], ...over });
const nowWith = (a?: A, comments: R[] = []): Now<A, R> => ({ annotation: (id) => (a?.id === id ? a : undefined), comment: (id) => comments.find((c) => c.id === id) });
const logged = (e: LogEvent<A, R>, isPrivate = false) => ({ ...e, actorId: 'ann', isPrivate });

describe('viewEvent: the log as the viewer may see it now', () => {
  it('replays an annotation as it is now: an edit or a deletion rewrites the past', () => {
    const old = logged({ type: 'annotation:created', payload: annotation({ note: '改前的话' }) });
    expect(viewEvent(member, old, nowWith(annotation()))).toMatchObject({ type: 'annotation:created', payload: { note: '现在的批注' } });
    expect(viewEvent(member, old, nowWith(annotation({ deleted: true })))).toMatchObject({ payload: { note: '', deleted: true } });
  });
  it('gives members the hiding instead of hidden words, leaders the words', () => {
    const old = logged({ type: 'annotation:created', payload: annotation() });
    const now = nowWith(annotation({ hidden: true }));
    expect(viewEvent(member, old, now)).toEqual({ type: 'annotation:hidden', payload: { id: 'a1', hidden: true } });
    expect(viewEvent(leader, old, now)).toMatchObject({ type: 'annotation:created', payload: { hidden: true, note: '现在的批注' } });
  });
  it('skips others’ private events and removes what turned private since', () => {
    expect(viewEvent(member, logged({ type: 'annotation:created', payload: annotation() }, true), nowWith(annotation()))).toEqual({ type: 'skip', payload: null });
    expect(viewEvent(member, logged({ type: 'annotation:created', payload: annotation() }), nowWith(annotation({ visibility: 'private' })))).toEqual({ type: 'annotation:removed', payload: { id: 'a1' } });
  });
  it('skips replies and their hiding inside a thread the viewer may not see; passes a hidden reflection’s marker', () => {
    const reply: R = { id: 'r1', annotationId: 'a1', author: { id: 'x' }, body: '回复', deleted: false, hidden: false };
    const hiddenThread = nowWith(annotation({ hidden: true }), [reply]);
    expect(viewEvent(member, logged({ type: 'reply:created', payload: reply }), hiddenThread).type).toBe('skip');
    expect(viewEvent(member, logged({ type: 'reply:hidden', payload: { id: 'r1', annotationId: 'a1', hidden: true } }), hiddenThread).type).toBe('skip');
    expect(viewEvent(member, logged({ type: 'reply:hidden', payload: { id: 'c1', annotationId: null, hidden: true } }), nowWith()).type).toBe('reply:hidden');
  });
  it('redacts a hidden reply to a placeholder for members', () => {
    const reply: R = { id: 'r1', annotationId: 'a1', author: { id: 'x' }, body: '不当', deleted: false, hidden: true };
    const now = nowWith(annotation(), [reply]);
    expect(viewEvent(member, logged({ type: 'reply:created', payload: { ...reply, hidden: false } }), now)).toMatchObject({ payload: { body: '', hidden: true } });
    expect(viewEvent(leader, logged({ type: 'reply:created', payload: reply }), now)).toMatchObject({ payload: { body: '不当' } });
  });
  it('shows nothing to someone who is not a member', () => {
    expect(viewEvent({ userId: 'out', role: null }, logged({ type: 'session:started', payload: {} }), nowWith()).type).toBe('skip');
  });
});
