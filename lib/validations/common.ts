import { z } from 'zod';

/** Ids are cuids from the server or client-chosen ids (uuid, nanoid…): url-safe and bounded. */
// Never the name of an Object.prototype member ("__proto__", "constructor", "hasOwnProperty"…): no id of ours is one, and
// an id used as a key of a plain object must not reach the prototype (see presenceIn in lib/realtime/handlers/sessions.ts).
export const ZId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'validation.id')
  .refine((id) => !Object.hasOwn(Object.prototype, id), 'validation.id');

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

/** The path of the first string in `value` holding U+0000, or null. */
function nulPath(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = nulPath(child, [...path, Array.isArray(value) ? Number(key) : key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * `schema.safeParse`, refusing any string that holds U+0000 (a field of that name, 422): PostgreSQL cannot store
 * it in text (SQLite can), so the same request must be refused on both rather than be a 500 on one (the fuzz test
 * found it on PostgreSQL). Every HTTP body and query and every socket payload goes through here.
 */
export function safeParseInput<T extends z.ZodType>(schema: T, raw: unknown): z.ZodSafeParseResult<z.output<T>> {
  const result = schema.safeParse(raw);
  if (!result.success) return result as z.ZodSafeParseResult<z.output<T>>;
  const path = nulPath(result.data);
  if (!path) return result as z.ZodSafeParseResult<z.output<T>>;
  return { success: false, error: new z.ZodError([{ code: 'custom', path, message: 'validation.invalid', input: undefined }]) } as z.ZodSafeParseResult<z.output<T>>;
}
