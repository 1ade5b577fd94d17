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

