import { z } from 'zod';
import { ANNOTATION_KINDS } from '../domain/annotation-kinds';
import { zonedWallTimeToDate } from '../i18n/format';
import { isTimeZone, serverTimeZone } from '../i18n/locale';
import { ZId } from './common';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A bound: an ISO instant, or a bare day ("2026-11-23") — kept as text until the zone is known. */
const zBound = z.string().trim().refine((v) => DAY.test(v) || !Number.isNaN(Date.parse(v)), 'validation.date').optional();

/**
 * `from` / `to` as instants. A bare day is the whole day in `timeZone` (default the server's DISPLAY_TIME_ZONE):
 * `from` its first millisecond, `to` its last, so `to=2026-11-23` keeps that day's hits.
 */
export const ZSearch = z
  .object({
    q: z.string().trim().min(1).max(100),
    sessionId: ZId.optional(),
    authorId: ZId.optional(),
    kind: z.enum(ANNOTATION_KINDS).optional(),
    /** what to search: highlights (quote and note) or comments (replies, reflections), or both */
    type: z.enum(['all', 'annotation', 'comment']).default('all'),
    from: zBound,
    to: zBound,
    timeZone: z.string().refine(isTimeZone, 'validation.invalid').optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .transform(({ timeZone, from, to, ...rest }) => {
    const zone = timeZone ?? serverTimeZone();
    const dayStart = (day: string) => zonedWallTimeToDate(day, zone);
    const bounds: { from?: Date; to?: Date } = {};
    if (from !== undefined) bounds.from = DAY.test(from) ? dayStart(from) : new Date(from);
    if (to !== undefined) bounds.to = DAY.test(to) ? new Date(dayStart(nextDay(to)).getTime() - 1) : new Date(to);
    return { ...rest, ...bounds };
  });
export type TSearch = z.output<typeof ZSearch>;

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
