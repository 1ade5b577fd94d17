/**
 * Failures a service reports on purpose. Route and socket adapters map them to responses: an unknown or foreign id
 * is NotFound (404: never reveal that another group's record exists), a missing right is Forbidden (403), data that
 * breaks a rule is Invalid (422, naming the field), a clash with existing state is Conflict (409).
 *
 * A message that people see in the pages is best given as a message-catalogue key ('groups.badCode'): the HTTP and
 * socket adapters word it in the asker's language (lib/i18n). A refusal that names the request's own data (an
 * imported file's items) gives `problems`: catalogue keys with that data, worded the same way (refusedFor). Other
 * messages are passed on as they are.
 */
import { wordProblems, type WordedProblem } from '../i18n/messages-errors';

export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly problems?: readonly WordedProblem[],
  ) {
    super(message);
  }
}

/** A refusal listing what is wrong with the request's data; its message (for logs and tests) is the English. */
export const refusedFor = (status: 400 | 422, code: string, field: string, problems: readonly WordedProblem[]) =>
  new ServiceError(status, code, wordProblems(problems, 'en'), field, problems);

export const notFound = (what: string) => new ServiceError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'you do not have the right to do this') => new ServiceError(403, 'forbidden', message);
export const invalid = (field: string, message: string) => new ServiceError(422, 'invalid', message, field);
export const conflict = (message: string) => new ServiceError(409, 'conflict', message);

/**
 * A unique-constraint violation: a concurrent request created the same row first. Through the model API Prisma
 * says P2002; through raw SQL ($executeRaw: the hot inserts, write-with-events.ts) P2010, with the adapter's
 * UniqueConstraintViolation (SQLite and PostgreSQL alike) as its driverAdapterError.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return e.code === 'P2002' || (e.code === 'P2010' && e.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation');
}

/**
 * The database could not be reached or dropped the connection (PostgreSQL restarting, network): nothing was
 * stored by the failed statement's transaction, and the same request can simply be sent again. Mapped to 503
 * (HTTP, with Retry-After) and `unavailable` (sockets, which the client retries), never to a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  // P2028: an interactive transaction outlived its time limit (an overloaded server) and was rolled back.
  const codes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
  const pattern = /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|connection (is )?closed|Can't reach database|database system is (starting up|shutting down|in recovery mode)|Server has closed the connection|Client has encountered a connection error|timeout exceeded when trying to connect/i;
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const x = e as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown }; originalCode?: unknown };
    if (typeof x.code === 'string' && codes.has(x.code)) return true;
    if (typeof x.originalCode === 'string' && codes.has(x.originalCode)) return true;
    if (typeof x.message === 'string' && pattern.test(x.message)) return true;
    if (x.meta?.driverAdapterError && isDatabaseUnavailable(x.meta.driverAdapterError)) return true;
  }
  return false;
}

export const UNAVAILABLE_MESSAGE = 'the database cannot be reached for a moment: nothing was stored, send the request again';
