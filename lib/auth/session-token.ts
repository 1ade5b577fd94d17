/**
 * Reads the NextAuth session JWT from a request's headers — one place for the route handlers and the socket
 * handshake. Behind an https proxy NextAuth names the cookie `__Secure-next-auth.session-token` (issue 9, finding 7:
 * the API answered 401 and the socket refused then); whichever of the two names the browser sent is read.
 * Malformed percent-encoding in a cookie is ignored rather than thrown (it made a 500).
 */
import type { JWT } from 'next-auth/jwt';
import { getToken } from 'next-auth/jwt';
import { isAuthSessionLive } from '../services/auth-sessions';

const SECURE_PREFIX = '__Secure-';
const SESSION_COOKIE = 'next-auth.session-token';

export function parseCookies(header: string | string[] | undefined | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (Array.isArray(header) ? header.join(';') : (header ?? '')).split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const value = part.slice(eq + 1).trim();
    try {
      cookies[part.slice(0, eq).trim()] = decodeURIComponent(value);
    } catch {
      cookies[part.slice(0, eq).trim()] = value;
    }
  }
  return cookies;
}

/** Is there a session cookie (under either name, chunked or not) in these cookies? */
function hasCookie(cookies: Record<string, string>, name: string): boolean {
  return Object.keys(cookies).some((key) => key === name || key.startsWith(`${name}.`));
}

/** The session JWT, or null when there is none, it does not verify, or its server-side session has ended. */
export async function readSessionToken(headers: Record<string, string | string[] | undefined>): Promise<(JWT & { sub: string; sid: string }) | null> {
  const cookies = parseCookies(headers.cookie);
  const secureCookie = hasCookie(cookies, SECURE_PREFIX + SESSION_COOKIE);
  if (!secureCookie && !hasCookie(cookies, SESSION_COOKIE)) return null;
  const token = await getToken({ req: { headers, cookies } as never, secret: process.env.NEXTAUTH_SECRET, secureCookie });
  if (!token?.sub || !(await isAuthSessionLive(token.sid, token.sub))) return null;
  return token as JWT & { sub: string; sid: string };
}
