/**
 * The four steps every route handler takes (../shared/STYLE.md): who is asking → safeParse → one service → map the
 * result. `route()` does the first and last; errors become JSON with the right status, never a 500 for bad input.
 */
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requestUser, type RequestUser } from '../auth/request-user';
import { isDatabaseUnavailable, ServiceError, UNAVAILABLE_MESSAGE } from '../services/errors';
import { limiters, waitToSpend } from '../services/rate-limits';
import { fieldErrors } from './field-errors';
import { cookieValue, requestLocale, translator, TIME_ZONE_COOKIE, type Locale, type MessageKey } from '../i18n/messages';
import { userTimeZone } from '../services/user-settings';
import { wordRefusal, wordServiceMessage } from '../i18n/messages-errors';
import { safeParseInput } from '../validations/common';

export function json(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status });
}

export function errorBody(code: string, message: string, fields?: Record<string, string>) {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}


/** A refusal made by the HTTP layer itself; its message is a catalogue key, worded in the asker's language. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    /** a schema failure: its fields are worded when the response is made, in the asker's language */
    readonly zodError?: z.ZodError,
  ) {
    super(messageKey);
  }
}

/** Parses a JSON body against a schema: malformed JSON is 400, a schema failure 422 naming each field. */
export async function parseBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    throw new HttpError(400, 'bad_json', 'error.badJson');
  }
  return parseWith(schema, raw);
}

export function parseWith<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const result = safeParseInput(schema, raw);
  if (!result.success) throw new HttpError(422, 'validation', 'validation.some', result.error);
  return result.data;
}

export function parseQuery<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  return parseWith(schema, Object.fromEntries(new URL(req.url).searchParams));
}

type Handler<P> = (ctx: { req: Request; user: RequestUser; params: P }) => Promise<Response>;

/**
 * The API's writes of what other members read — annotations and everything under them (replies, resolve, pin,
 * hide), reactions, session reflections, read marks: the HTTP side of the socket events marked `write` in
 * lib/realtime/events.ts. Matched by path here, in the one wrapper every route goes through, so a route added
 * under these is counted without anyone marking it; reads (GET, HEAD) are not counted.
 */
const MEMBER_WRITE_PATH = /^\/api\/(?:annotations(?:\/|$)|reactions$|notifications$|sessions\/[^/]+\/reflections(?:\/|$))/;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isMemberWrite = (req: Request) => !READ_METHODS.has(req.method.toUpperCase()) && MEMBER_WRITE_PATH.test(new URL(req.url).pathname);

/**
 * Spends one write from the user's write allowance (limiters.writesByUser, the one their socket writes spend);
 * past it, the 429 to answer (with Retry-After), before the body is read.
 */
async function refuseOverWriteAllowance(req: Request, userId: string): Promise<Response | null> {
  const ms = await waitToSpend(limiters.writesByUser, userId);
  if (ms === 0) return null;
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const res = json(errorBody('rate_limited', translator(requestLocale(req))('error.tooManyWrites', { n: seconds })), 429);
  res.headers.set('retry-after', String(seconds));
  return res;
}

/**
 * Wraps an authenticated route handler: 401 without a user; a member write (MEMBER_WRITE_PATH) 429 past the user's
 * write allowance; errors mapped to JSON.
 */
export function route<P = Record<string, string>>(handler: Handler<P>) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await requestUser(req);
      if (!user) return json(errorBody('unauthenticated', translator(requestLocale(req))('error.unauthenticated')), 401);
      const refused = isMemberWrite(req) ? await refuseOverWriteAllowance(req, user.id) : null;
      if (refused) return refused;
      return await handler({ req, user, params: await context.params });
    } catch (error) {
      return errorResponse(error, requestLocale(req));
    }
  };
}

/**
 * An error as JSON with its status, worded in `locale` (the asker's language: see requestLocale): the HTTP
 * layer's and the schemas' messages from the catalogue, a service's sentence through lib/i18n/messages-errors.ts.
 */
export function errorResponse(error: unknown, locale: Locale = 'zh-CN'): Response {
  const t = translator(locale);
  if (error instanceof HttpError) {
    return json(errorBody(error.code, t(error.messageKey), error.zodError ? fieldErrors(error.zodError, locale) : undefined), error.status);
  }
  if (error instanceof ServiceError) {
    const message = wordRefusal(error, locale);
    return json(errorBody(error.code, message, error.field ? { [error.field]: message } : undefined), error.status);
  }
  if (isDatabaseUnavailable(error)) {
    const res = json(errorBody('unavailable', wordServiceMessage(UNAVAILABLE_MESSAGE, locale)), 503);
    res.headers.set('retry-after', '1');
    return res;
  }
  console.error(error);
  return json(errorBody('internal', t('error.internal')), 500);
}

/** A file download; the name may be Chinese (RFC 5987 filename*). */
export function download(file: { filename: string; contentType: string; body: string | Buffer }): Response {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_');
  return new Response(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    },
  });
}

/** The origin the request was made to (for IRIs in exports), honouring a proxy's forwarded headers. */
export function requestOrigin(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? url.host;
  const proto = req.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return `${proto}://${host}`;
}

/** The asker's one clock for times in a response or a download: their setting, else their browser's cookie, else the server's. */
export function requestTimeZone(req: Request, user: Pick<RequestUser, 'id'>): Promise<string> {
  return userTimeZone(user.id, cookieValue(req.headers.get('cookie'), TIME_ZONE_COOKIE));
}
