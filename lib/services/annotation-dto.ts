/** The shapes annotations and replies leave the server in (HTTP responses and event payloads alike). */
import type { Tx } from '../db';
import type { Annotation, Comment, User } from '../db/generated/sqlite/client';
import { viewAnnotation, viewReply, type Viewer } from '../domain/visibility';
import { IDS_PER_QUERY, findInChunks } from './in-chunks';

export interface AuthorDTO {
  id: string;
  name: string;
}

export interface ReactionDTO {
  kind: string;
  userIds: string[];
}

export interface ReplyDTO {
  id: string;
  annotationId: string | null;
  sessionId: string | null;
  parentId: string | null;
  author: AuthorDTO;
  /**
   * who wrote it in the group an import came from (a plain name, no account); null for items written here. Always
   * sent; optional in the type only so a page's optimistic copy of a new item need not say it.
   */
  originalAuthor?: string | null;
  /** empty once deleted (or hidden, for members): the reply stays as a placeholder so the thread keeps its shape */
  body: string;
  deleted: boolean;
  hidden: boolean;
  createdAt: string;
  editedAt: string | null;
  reactions: ReactionDTO[];
}

export interface AnnotationDTO {
  id: string;
  groupId: string;
  textId: string;
  versionId: string;
  blockId: string;
  author: AuthorDTO;
  /**
   * who wrote it in the group an import came from (a plain name, no account); null for items written here. Always
   * sent; optional in the type only so a page's optimistic copy of a new item need not say it.
   */
  originalAuthor?: string | null;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: string;
  note: string;
  visibility: 'group' | 'private';
  status: string;
  sessionId: string | null;
  createdAt: string;
  updatedAt: string;
  editedAt: string | null;
  /** deleted with replies remaining: shown as a placeholder thread, no longer as a highlight */
  deleted: boolean;
  resolved: boolean;
  pinned: boolean;
  /** hidden by a leader: only leaders receive hidden annotations, marked so */
  hidden: boolean;
  /**
   * The version whose revision moved this annotation to where it is now (into another passage, or onto changed
   * words), so the page can mark it; null when that revision left it in its passage on the same words, or none did.
   */
  movedInVersion: number | null;
  reactions: ReactionDTO[];
  replies: ReplyDTO[];
}

export type CommentWithAuthor = Comment & { author: Pick<User, 'id' | 'name'> };
export type AnnotationWithThread = Annotation & { author: Pick<User, 'id' | 'name'>; comments: CommentWithAuthor[] };
/** Reactions by target id, as loaded by `loadReactions`. */
export type ReactionIndex = Map<string, ReactionDTO[]>;

const author = (u: Pick<User, 'id' | 'name'>): AuthorDTO => ({ id: u.id, name: u.name });

/**
 * The full record of a reply, as the event log stores it (deleted words are gone for everyone; hidden ones are
 * kept, marked). Never sent as is: every read views it through lib/domain/visibility.ts first.
 */
export function loggedReply(c: CommentWithAuthor, reactions: ReactionIndex): ReplyDTO {
  return {
    id: c.id,
    annotationId: c.annotationId,
    sessionId: c.sessionId,
    parentId: c.parentId,
    author: author(c.author),
    originalAuthor: c.originalAuthor ?? null,
    body: c.deletedAt ? '' : c.body,
    deleted: c.deletedAt !== null,
    hidden: c.hiddenAt !== null,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    reactions: reactions.get(c.id) ?? [],
  };
}

/** The full record of an annotation and its thread, as the event log stores it (see `loggedReply`). */
export function loggedAnnotation(a: AnnotationWithThread, reactions: ReactionIndex): AnnotationDTO {
  const deleted = a.deletedAt !== null;
  return {
    id: a.id,
    groupId: a.groupId,
    textId: a.textId,
    versionId: a.versionId,
    blockId: a.blockId,
    author: author(a.author),
    originalAuthor: a.originalAuthor ?? null,
    start: a.start,
    end: a.end,
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    kind: a.kind,
    note: deleted ? '' : a.note,
    visibility: a.visibility as AnnotationDTO['visibility'],
    status: a.status,
    sessionId: a.sessionId,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    editedAt: a.editedAt?.toISOString() ?? null,
    deleted,
    resolved: a.resolvedAt !== null,
    pinned: a.pinnedAt !== null,
    hidden: a.hiddenAt !== null,
    movedInVersion: a.status === 'anchored' ? movedInVersionOf(a.previousAnchor) : null,
    reactions: reactions.get(a.id) ?? [],
    replies: [...a.comments].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime()).map((c) => loggedReply(c, reactions)),
  };
}

/** An annotation with its thread as `viewer` may see it; null when they may not know of it. */
export function toAnnotationDTO(a: AnnotationWithThread, reactions: ReactionIndex, viewer: Viewer): AnnotationDTO | null {
  return viewAnnotation(viewer, loggedAnnotation(a, reactions));
}

/** A reply as `viewer` may see it, in a thread the caller has already checked they may see. */
export function toReplyDTO(c: CommentWithAuthor, reactions: ReactionIndex, viewer: Viewer): ReplyDTO {
  return viewReply(viewer, loggedReply(c, reactions));
}

/**
 * A revision records, on each annotation it placed, where it was before and whether it stayed or moved
 * (lib/services/library.ts, reviseText). Older records have no status: nothing to mark.
 */
function movedInVersionOf(previousAnchor: string | null): number | null {
  if (!previousAnchor) return null;
  try {
    const record = JSON.parse(previousAnchor) as { version?: unknown; status?: unknown };
    return record.status === 'moved' && typeof record.version === 'number' ? record.version + 1 : null;
  } catch {
    return null;
  }
}

export const threadInclude = {
  author: { select: { id: true, name: true } },
  comments: { include: { author: { select: { id: true, name: true } } } },
} as const;

/**
 * Reactions on the given annotations and their replies, grouped by target and kind. Given the group they are in,
 * a long list is read by the group (one query) instead of by id in slices, and filtered here.
 */
export async function loadReactions(client: Pick<Tx, 'reaction'>, targetIds: string[], scope?: { groupId: string }): Promise<ReactionIndex> {
  const targets = new Set(targetIds);
  const rows =
    scope && targets.size > IDS_PER_QUERY
      ? (await client.reaction.findMany({ where: { groupId: scope.groupId }, orderBy: { createdAt: 'asc' } })).filter((r) => targets.has(r.targetId))
      : await findInChunks(targets, (slice) => client.reaction.findMany({ where: { targetId: { in: slice } }, orderBy: { createdAt: 'asc' } }));
  // Slices come back one after another: put the reactions of each target back in time order.
  return indexReactions(rows);
}

/** Reaction rows grouped by target and kind, each kind's users in the order they reacted. */
export function indexReactions(rows: { targetId: string; kind: string; userId: string; createdAt: Date }[]): ReactionIndex {
  const index: ReactionIndex = new Map();
  for (const row of [...rows].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())) {
    const list = index.get(row.targetId) ?? [];
    let entry = list.find((r) => r.kind === row.kind);
    if (!entry) list.push((entry = { kind: row.kind, userIds: [] }));
    entry.userIds.push(row.userId);
    index.set(row.targetId, list);
  }
  return index;
}

export const threadTargetIds = (a: AnnotationWithThread) => [a.id, ...a.comments.map((c) => c.id)];
