/** The shapes annotations and replies leave the server in (HTTP responses and event payloads alike). */
import type { Annotation, Comment, User } from '../db/generated/sqlite/client';

export interface AuthorDTO {
  id: string;
  name: string;
}

export interface ReplyDTO {
  id: string;
  annotationId: string;
  parentId: string | null;
  author: AuthorDTO;
  /** empty once deleted: the reply stays as a placeholder so the thread keeps its shape */
  body: string;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
}

export interface AnnotationDTO {
  id: string;
  groupId: string;
  textId: string;
  versionId: string;
  blockId: string;
  author: AuthorDTO;
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
  replies: ReplyDTO[];
}

export type CommentWithAuthor = Comment & { author: Pick<User, 'id' | 'name'> };
export type AnnotationWithThread = Annotation & { author: Pick<User, 'id' | 'name'>; comments: CommentWithAuthor[] };

const author = (u: Pick<User, 'id' | 'name'>): AuthorDTO => ({ id: u.id, name: u.name });

export function toReplyDTO(c: CommentWithAuthor): ReplyDTO {
  return {
    id: c.id,
    annotationId: c.annotationId ?? '',
    parentId: c.parentId,
    author: author(c.author),
    body: c.deletedAt ? '' : c.body,
    deleted: c.deletedAt !== null,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
  };
}

export function toAnnotationDTO(a: AnnotationWithThread): AnnotationDTO {
  const deleted = a.deletedAt !== null;
  return {
    id: a.id,
    groupId: a.groupId,
    textId: a.textId,
    versionId: a.versionId,
    blockId: a.blockId,
    author: author(a.author),
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
    replies: [...a.comments].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime()).map(toReplyDTO),
  };
}

export const threadInclude = {
  author: { select: { id: true, name: true } },
  comments: { include: { author: { select: { id: true, name: true } } } },
} as const;
