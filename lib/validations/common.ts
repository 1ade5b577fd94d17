import { z } from 'zod';

/** Ids are cuids from the server or client-chosen ids (uuid, nanoid…): url-safe and bounded. */
export const ZId = z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, 'validation.id');

/** Free text written by people: trimmed, never empty unless allowed, bounded so one request cannot bloat a page. */
export const zText = (max: number) => z.string().trim().max(max);

/**
 * Characters that draw nothing: format characters (zero-width space and joiners, bidi marks, U+FEFF), controls,
 * white space, and the blank-looking fillers (Hangul fillers, braille blank). A name made only of them looks empty.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Z}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** A name people see in lists: like zText, and required to show at least one visible character (else 422). */
export const zName = (max: number) =>
  zText(max)
    .min(1)
    .refine((value) => value.replace(INVISIBLE, '') !== '', { message: 'validation.required' });
