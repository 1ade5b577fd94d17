/**
 * Who sees what — the one rule every read path goes through (HTTP lists and threads, passages, live delivery,
 * catch-up, timeline, member history, search, minutes, exports, notifications).
 *
 * Given a viewer (always required: there is no default viewer) and an item, it returns what that viewer may see
 * now: the item, a redacted placeholder (a deleted note, a hidden reply: the shape stays, the words go), or
 * nothing (`null`). Events in the log are viewed through the same rule (lib/domain/log-events.ts), with the
 * items they name as they are now, so replaying the log never brings back a deleted note, a note as it was before
 * its edit, or hidden words.
 *
 *  - A private annotation and everything in its thread: its author alone (../shared/DESIGN.md, rule 3).
 *  - A hidden annotation: leaders (marked `hidden`) and its author; nobody else, not even as a placeholder.
 *  - A hidden reply or reflection: leaders see it marked; everyone else, its author included, sees a placeholder
 *    (a reflection, which has no thread to keep in shape, is gone for members other than its author).
 *  - A deleted item: a placeholder for everyone, leaders included — deletion is the author's own wish.
 *  - Someone who is not a member (never joined, left, removed) sees nothing of the group.
 */
import { canLead, type Role } from './permissions';

/** Who is looking: the user and their role in the group the item belongs to (`null`: not a member). */
export interface Viewer {
  userId: string;
  role: Role | null;
}

export interface AuthorLike {
  id: string;
}

export interface CommentShape {
  id: string;
  annotationId: string | null;
  author: AuthorLike;
  body: string;
  deleted: boolean;
  hidden: boolean;
}

export interface AnnotationShape<R extends CommentShape = CommentShape> {
  id: string;
  author: AuthorLike;
  visibility: string;
  note: string;
  deleted: boolean;
  hidden: boolean;
  replies: R[];
}

export const isMember = (viewer: Viewer): boolean => viewer.role !== null;
export const isLeaderView = (viewer: Viewer): boolean => viewer.role !== null && canLead(viewer.role);

/** Whether the viewer may know the annotation exists at all (as the item or as a placeholder). */
export function canSeeAnnotationOf(viewer: Viewer, a: { authorId: string; visibility: string; hidden: boolean }): boolean {
  if (!isMember(viewer)) return false;
  const own = a.authorId === viewer.userId;
  if (a.visibility !== 'group' && !own) return false;
  return !a.hidden || own || isLeaderView(viewer);
}

/** A reply in a thread the viewer may see: the reply, or a placeholder without its words. */
export function viewReply<R extends CommentShape>(viewer: Viewer, reply: R): R {
  const redacted = reply.deleted || (reply.hidden && !isLeaderView(viewer));
  return redacted && reply.body !== '' ? { ...reply, body: '' } : reply;
}

/** An annotation with its thread as the viewer may see it, or null if they may not know of it. */
export function viewAnnotation<R extends CommentShape, A extends AnnotationShape<R>>(viewer: Viewer, a: A): A | null {
  if (!canSeeAnnotationOf(viewer, { authorId: a.author.id, visibility: a.visibility, hidden: a.hidden })) return null;
  return { ...a, note: a.deleted ? '' : a.note, replies: a.replies.map((r) => viewReply(viewer, r)) };
}

/** A session reflection (a comment with no annotation): null for members once hidden, unless they wrote it. */
export function viewReflection<R extends CommentShape>(viewer: Viewer, r: R): R | null {
  if (!isMember(viewer)) return null;
  if (r.hidden && !isLeaderView(viewer) && r.author.id !== viewer.userId) return null;
  return viewReply(viewer, r);
}

/** A deleted annotation is listed only while its thread still holds a live reply (a placeholder, not a hole). */
export function keepsPlaceholder(a: { deleted: boolean; replies: { deleted: boolean }[] }): boolean {
  return !a.deleted || a.replies.some((r) => !r.deleted);
}

/**
 * A passage (block) of a text, read in a group: only if the viewer is a member and the text is open to the group
 * (the shared starting library, or the group's own text).
 */
export function canReadBlockIn(viewer: Viewer, groupId: string, text: { ownerGroupId: string | null }): boolean {
  return isMember(viewer) && (text.ownerGroupId === null || text.ownerGroupId === groupId);
}

/** A group text's source file: for leaders of the group that owns it. */
export function canReadSource(viewer: Viewer, text: { ownerGroupId: string | null }, viewerGroupId: string): boolean {
  return text.ownerGroupId === viewerGroupId && isLeaderView(viewer);
}

/**
 * Minutes and exports are documents members share and print: they hold what every member may see (no one's
 * private notes, nothing hidden, no deleted words), whoever asks for them.
 */
export const SHARED_RECORD_VIEWER: Viewer = { userId: '', role: 'member' };
