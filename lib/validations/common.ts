import { z } from 'zod';

/** Ids are cuids from the server or client-chosen ids (uuid, nanoid…): url-safe and bounded. */
export const ZId = z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, 'validation.id');

/** Free text written by people: trimmed, never empty unless allowed, bounded so one request cannot bloat a page. */
export const zText = (max: number) => z.string().trim().max(max);
