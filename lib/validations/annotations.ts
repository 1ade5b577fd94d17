import { z } from 'zod';
import { ANNOTATION_KINDS } from '../domain/annotation-kinds';
import { ZId, zText } from './common';

export const ZCreateAnnotation = z.object({
  /** Optional client-chosen id: a retried create with the same id returns the first one instead of a duplicate. */
  id: ZId.optional(),
  groupId: ZId,
  blockId: z.string().min(1).max(80),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(5000),
  kind: z.enum(ANNOTATION_KINDS).default('key'),
  note: zText(5000).default(''),
  visibility: z.enum(['group', 'private']).default('group'),
  /** the live study session this is made in, if any */
  sessionId: ZId.optional(),
});
export type TCreateAnnotation = z.infer<typeof ZCreateAnnotation>;

export const ZUpdateAnnotation = z
  .object({
    kind: z.enum(ANNOTATION_KINDS).optional(),
    note: zText(5000).optional(),
    visibility: z.enum(['group', 'private']).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'validation.nothingToChange' });
export type TUpdateAnnotation = z.infer<typeof ZUpdateAnnotation>;

export const ZListAnnotations = z.object({
  textId: ZId,
  groupId: ZId,
  sessionId: ZId.optional(),
});

/** The whole list, or (`status=orphaned`) only the threads a revision could not place: the unanchored panel's. */
export const ZListAllAnnotations = ZListAnnotations.extend({ status: z.literal('orphaned').optional() });

/** Most threads one page of a block range returns: a page of a dense chapter stays a few hundred KB. */
export const ANNOTATION_PAGE_LIMIT = 500;

const zOrdinal = z.coerce.number().int().min(0).max(1_000_000);

/**
 * One page of the threads on a range of blocks (`from`–`to`, ordinals in the text's newest version, both
 * included): what the reading page loads for the part of the text in view. `after` continues from the last thread
 * of the previous page.
 */
export const ZListAnnotationPage = ZListAnnotations.extend({
  /** the version on the page (a session keeps the one it read): its blocks' ordinals */
  versionId: z.string().min(1).max(80),
  from: zOrdinal,
  to: zOrdinal,
  after: ZId.optional(),
  limit: z.coerce.number().int().min(1).max(ANNOTATION_PAGE_LIMIT).default(200),
}).refine((v) => v.to >= v.from, { path: ['to'], message: 'validation.invalid' });
export type TListAnnotationPage = z.infer<typeof ZListAnnotationPage>;

/**
 * One page of the threads placed in any version but `notInVersion`: a session pinned to an older version lists
 * its threads that a later revision moved to the newer one ("not in this version"), which no block range reaches.
 */
export const ZListAnnotationsElsewhere = ZListAnnotations.extend({
  notInVersion: z.string().min(1).max(80),
  after: ZId.optional(),
  limit: z.coerce.number().int().min(1).max(ANNOTATION_PAGE_LIMIT).default(200),
});
export type TListAnnotationsElsewhere = z.infer<typeof ZListAnnotationsElsewhere>;

/** How many threads each block of a text carries, for the viewer (counts and the heat map of the unloaded parts). */
export const ZAnnotationSummary = ZListAnnotations;

export const ZCreateReply = z.object({
  id: ZId.optional(),
  body: zText(5000).min(1),
  parentId: ZId.optional(),
});
export type TCreateReply = z.infer<typeof ZCreateReply>;

export const ZUpdateReply = z.object({ body: zText(5000).min(1) });

export const ZReactionKind = z.enum(['agree', 'same-question']);
/** Sets (not toggles) a reaction, so a write retried after a lost acknowledgement cannot undo itself. */
export const ZSetReaction = z.object({
  targetType: z.enum(['annotation', 'reply']),
  targetId: ZId,
  kind: ZReactionKind,
  active: z.boolean(),
});
export type TSetReaction = z.infer<typeof ZSetReaction>;

