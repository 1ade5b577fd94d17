import type { z } from 'zod';

/** Field-by-field messages from a ZodError: `{ "start": "Too small…", "body": "required" }`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}
