/**
 * Failures a service reports on purpose. Route and socket adapters map them to responses: an unknown or foreign id
 * is NotFound (404: never reveal that another group's record exists), a missing right is Forbidden (403), data that
 * breaks a rule is Invalid (422, naming the field), a clash with existing state is Conflict (409).
 *
 * A message that people see in the pages is best given as a message-catalogue key ('groups.badCode'): the HTTP and
 * socket adapters word it in the asker's language (lib/i18n). Other messages are passed on as they are.
 */
export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ServiceError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'you do not have the right to do this') => new ServiceError(403, 'forbidden', message);
export const invalid = (field: string, message: string) => new ServiceError(422, 'invalid', message, field);
export const conflict = (message: string) => new ServiceError(409, 'conflict', message);

/** Prisma's unique-constraint violation (P2002): a concurrent request created the same row first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
