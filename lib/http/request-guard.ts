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
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface Refusal {
  status: 400 | 403 | 411 | 413 | 415;
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
