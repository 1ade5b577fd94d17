/**
 * The checks every request passes before Next or socket.io sees it (server.ts), for issue 9:
 *
 * - **Origin** (finding 2): a page on a sibling origin (another port of the same host is the same *site*, so
 *   SameSite=Lax cookies go along) made the signed-in victim's browser create groups, mint tokens and open an
 *   authenticated socket. A write (any method but GET/HEAD/OPTIONS) or a socket handshake that carries an Origin
 *   must come from our own origin: the ALLOWED_ORIGINS list (comma-separated) plus NEXTAUTH_URL's origin when set,
 *   else the host the request was sent to. Browsers always send Origin on such requests; clients that send none
 *   (curl, scripts) hold no victim's cookie. Bearer-token requests are exempt: a page elsewhere cannot attach
 *   the victim's token.
 * - **JSON content type** on JSON API writes: a cross-site form can only send text/plain, urlencoded or multipart.
 * - **Body size** (finding 5): a declared Content-Length over the route's limit is 413 at once, without reading
 *   the body; a body without a length (chunked) is 411, so no body is ever of unknown size.
 * - **Percent-encoding** (finding 8): a path that does not decode is 400, not Next's 500.
 * - **Address length**: past MAX_URL_LENGTH, 414. Next echoes the address in some answers' headers (its redirect
 *   of `//` twice: Location and Refresh), and behind nginx an answer whose headers outgrow nginx's buffer was a 502
 *   that also took the process out of nginx's rotation for a while (fuzz test, PostgreSQL pass, seed 884545581).
 *   Past Node's own header limit (16 KB), answerClientError answers 431.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Duplex } from 'node:stream';

export interface Refusal {
  status: 400 | 403 | 411 | 413 | 414 | 415;
  code: string;
  message: string;
}

const KB = 1024;
const MB = 1024 * KB;

/**
 * Largest body per route. Uploads carry a 2 MB text as base64 (×4/3) inside JSON; an annotation import is a whole
 * group's export; everything else is a form's worth of JSON (a note is at most 5,000 characters).
 */
const BODY_LIMITS: [RegExp, number][] = [
  [/^\/api\/groups\/[^/]+\/texts(?:\/preview)?$/, 3 * MB],
  [/^\/api\/texts\/[^/]+\/versions$/, 3 * MB],
  [/^\/api\/groups\/[^/]+\/import$/, 8 * MB],
  [/^\/api\/auth\//, 16 * KB],
];
const DEFAULT_BODY_LIMIT = 64 * KB;

/**
 * Longest path and query accepted. Ours are far shorter (a search is at most 100 characters, 900 bytes encoded);
 * twice this (Next's redirect headers) plus the usual headers stays within the 16 KB nginx reads an answer's
 * headers into (proxy_buffer_size in deploy/nginx.conf).
 */
export const MAX_URL_LENGTH = 4 * KB;

export function bodyLimit(path: string): number {
  return BODY_LIMITS.find(([pattern]) => pattern.test(path))?.[1] ?? DEFAULT_BODY_LIMIT;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** NextAuth's own endpoints take urlencoded forms; our /api/auth/register and /api/auth/password take JSON. */
const NEXTAUTH_FORMS = /^\/api\/auth\/(?:signin|signout|callback|csrf|session|providers|_log|error)(?:\/|$)/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function configuredOrigins(): string[] {
  const list = (process.env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (process.env.NEXTAUTH_URL) list.push(process.env.NEXTAUTH_URL);
  return list.flatMap((raw) => {
    try {
      return [new URL(raw).origin];
    } catch {
      return [];
    }
  });
}

/** Is `origin` (an Origin header's value) our own? See the module comment. */
export function isOwnOrigin(origin: string, headers: IncomingHttpHeaders): boolean {
  if (origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const configured = configuredOrigins();
  if (configured.length > 0) return configured.includes(parsed.origin);
  return parsed.host === header(headers, 'host');
}

/** A socket.io handshake (WebSocket upgrade or polling request): refused when a browser opened it elsewhere. */
export function checkHandshake(headers: IncomingHttpHeaders): Refusal | null {
  const origin = header(headers, 'origin');
  if (origin !== undefined && !isOwnOrigin(origin, headers)) return foreignOrigin();
  return null;
}

function foreignOrigin(): Refusal {
  return { status: 403, code: 'foreign_origin', message: 'requests from other sites are not accepted' };
}

export function checkRequest(req: { method?: string; url?: string; headers: IncomingHttpHeaders }): Refusal | null {
  const method = (req.method ?? 'GET').toUpperCase();
  if ((req.url ?? '').length > MAX_URL_LENGTH) {
    return { status: 414, code: 'uri_too_long', message: `the address is longer than ${MAX_URL_LENGTH / KB} KB` };
  }
  const path = (req.url ?? '/').split('?')[0];
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, code: 'bad_path', message: 'the address is not valid percent-encoding' };
  }

  const lengthHeader = header(req.headers, 'content-length');
  const hasBody = lengthHeader !== undefined ? lengthHeader !== '0' : header(req.headers, 'transfer-encoding') !== undefined;
  if (lengthHeader === undefined && hasBody) {
    return { status: 411, code: 'length_required', message: 'send the body with a Content-Length' };
  }
  if (lengthHeader !== undefined) {
    const length = Number(lengthHeader);
    const limit = bodyLimit(path);
    if (!Number.isSafeInteger(length) || length < 0) return { status: 400, code: 'bad_length', message: 'Content-Length is not a number' };
    if (length > limit) return { status: 413, code: 'too_large', message: `the request body is larger than ${Math.round(limit / KB)} KB` };
  }

  if (SAFE_METHODS.has(method)) return null;
  const isBearer = /^Bearer\s/i.test(header(req.headers, 'authorization') ?? '');
  if (!isBearer) {
    const origin = header(req.headers, 'origin');
    if (origin !== undefined && !isOwnOrigin(origin, req.headers)) return foreignOrigin();
    // A browser that sends no Origin still says where the request came from.
    const site = header(req.headers, 'sec-fetch-site');
    if (origin === undefined && site !== undefined && site !== 'same-origin' && site !== 'none') return foreignOrigin();
  }
  const isJsonApi = path.startsWith('/api/') && !NEXTAUTH_FORMS.test(path);
  if (isJsonApi && hasBody) {
    const type = (header(req.headers, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return { status: 415, code: 'json_required', message: 'send the body as application/json' };
  }
  return null;
}

/** How long a connection refused by answerClientError may go on sending before it is cut. */
const LINGER_MS = 5_000;
/** Connections answered by answerClientError: what more they send is read and dropped, not answered again. */
const answered = new WeakSet<Duplex>();

/**
 * `clientError` of the http server: a request Node cannot parse — headers past its 16 KB limit (a very long address,
 * 431), or not HTTP at all (400) — is answered in JSON, and the connection is closed only once the client has
 * finished sending (or after LINGER_MS). Node's own handler wrote its answer and destroyed the socket at once, with
 * the rest of the request unread: the kernel then resets the connection, and the client (or nginx, which counts
 * that as a failed process) saw a dropped connection instead of the answer.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (answered.has(socket)) return;
  answered.add(socket);
  // As Node's own handler: nothing can be said on a connection that is gone or already in the middle of an answer.
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (error.code === 'ECONNRESET' || !socket.writable || answering) return void socket.destroy();
  const [status, reason, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'headers_too_large', 'the address and headers are longer than 16 KB']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'timeout', 'the request took too long to arrive']
        : [400, 'Bad Request', 'bad_request', 'the request is not valid HTTP'];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/**
 * Headers on every response. The CSP is as strict as Next allows without per-request nonces: Next's App Router
 * inlines its bootstrap scripts and styles, so 'unsafe-inline' stays for those two; everything else is 'self'
 * only, nothing may frame us, and forms and <base> cannot point elsewhere. HSTS only when the request came over
 * https (a browser ignores it on http, and it must not pin a LAN install that has no certificate).
 */
export function securityHeaders(opts: { https: boolean; dev: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const headers: Record<string, string> = {
    'content-security-policy': csp,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'cross-origin-opener-policy': 'same-origin',
  };
  if (opts.https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
