import { z } from 'zod';
import { ZId, zText } from './common';

export const ZScheduleSession = z.object({
  title: zText(80).min(1),
  textId: ZId,
  /** paths of the first and last heading of the range read (optional: the whole text) */
  rangeStart: z.string().max(120).optional(),
  rangeEnd: z.string().max(120).optional(),
  scheduledAt: z.coerce.date({ error: 'validation.date' }),
});
export type TScheduleSession = z.infer<typeof ZScheduleSession>;

export const ZSessionRef = z.object({ sessionId: ZId });

export const ZCreateReflection = z.object({
  id: ZId.optional(),
  body: zText(5000).min(1),
});

export const ZSummary = z.object({ summary: zText(20000) });
