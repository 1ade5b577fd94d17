import { z } from 'zod';
import { ANNOTATION_KINDS } from '../domain/annotation-kinds';
import { ZId } from './common';

export const ZSearch = z.object({
  q: z.string().trim().min(1, 'required').max(100, 'at most 100 characters'),
  sessionId: ZId.optional(),
  authorId: ZId.optional(),
  kind: z.enum(ANNOTATION_KINDS).optional(),
  /** what to search: highlights (quote and note) or comments (replies, reflections), or both */
  type: z.enum(['all', 'annotation', 'comment']).default('all'),
  from: z.coerce.date({ error: 'not a date' }).optional(),
  to: z.coerce.date({ error: 'not a date' }).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TSearch = z.infer<typeof ZSearch>;
