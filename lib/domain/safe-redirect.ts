/**
 * Where to go after signing in: only a path on this site. `callbackUrl=http://elsewhere/…`, `//elsewhere` and
 * `/\elsewhere` (which browsers read as another host) were open redirects (issue 9, finding 8).
 */
const FALLBACK = '/groups';

export function safeCallbackPath(raw: string | null | undefined, fallback = FALLBACK): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  try {
    // Resolved against a placeholder origin: anything that leaves it (a scheme, a host) is not ours.
    const url = new URL(raw, 'http://gongdu.invalid');
    if (url.origin !== 'http://gongdu.invalid') return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
