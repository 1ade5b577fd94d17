/**
 * The four steps every route handler takes (../shared/STYLE.md): who is asking → safeParse → one service → map the
 * result. `route()` does the first and last; errors become JSON with the right status, never a 500 for bad input.
 */
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requestUser, type RequestUser } from '../auth/request-user';
import { ServiceError } from '../services/errors';
import { fieldErrors } from './field-errors';

export type Json = Record<string, unknown> | unknown[];

export function json(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status });
}

export function errorBody(code: string, message: string, fields?: Record<string, string>) {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}


export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/** Parses a JSON body against a schema: malformed JSON is 400, a schema failure 422 naming each field. */
export async function parseBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    throw new HttpError(400, 'bad_json', 'the request body is not valid JSON');
  }
  return parseWith(schema, raw);
}

export function parseWith<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new HttpError(422, 'validation', 'some fields are not valid', fieldErrors(result.error));
  return result.data;
}

export function parseQuery<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  return parseWith(schema, Object.fromEntries(new URL(req.url).searchParams));
}

type Handler<P> = (ctx: { req: Request; user: RequestUser; params: P }) => Promise<Response>;

/** Wraps an authenticated route handler: 401 without a user, errors mapped to JSON. */
export function route<P = Record<string, string>>(handler: Handler<P>) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await requestUser(req);
      if (!user) return json(errorBody('unauthenticated', 'sign in or send an API token'), 401);
      return await handler({ req, user, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) return json(errorBody(error.code, error.message, error.fields), error.status);
  if (error instanceof ServiceError) {
    return json(errorBody(error.code, error.message, error.field ? { [error.field]: error.message } : undefined), error.status);
  }
  console.error(error);
  return json(errorBody('internal', 'something went wrong on the server'), 500);
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
