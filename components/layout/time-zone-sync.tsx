'use client';
/**
 * Tells the server the browser's time zone (a cookie) so that server-rendered times use it when the user has not
 * chosen one; re-renders once if the page was drawn in another zone. A saved setting still wins on the server.
 *
 * Asked when the browser is idle, not in the effects right after hydration: the first Intl.DateTimeFormat of a page
 * loads the browser's date data (10–25 ms in a trace of the reading page, a slice of its longest task), and nothing
 * on the page waits for the answer.
 */
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { TIME_ZONE_COOKIE, cookieValue } from '@/lib/i18n/messages';
import { useT } from '@/components/i18n/locale-provider';

/** Idle callbacks where the browser has them (Safari has not): else a timeout, at least a task of its own. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
};

export function TimeZoneSync() {
  const router = useRouter();
  const { timeZone } = useT();
  useEffect(
    () =>
      whenIdle(() => {
        const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (!browser || cookieValue(document.cookie, TIME_ZONE_COOKIE) === browser) return;
        document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(browser)}; path=/; max-age=31536000; samesite=lax`;
        if (browser !== timeZone) router.refresh();
      }),
    [router, timeZone],
  );
  return null;
}
