'use client';
/**
 * Tells the server the browser's time zone (a cookie) so that server-rendered times use it when the user has not
 * chosen one; re-renders once if the page was drawn in another zone. A saved setting still wins on the server.
 */
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { TIME_ZONE_COOKIE, cookieValue } from '@/lib/i18n/messages';
import { useT } from '@/components/i18n/locale-provider';

export function TimeZoneSync() {
  const router = useRouter();
  const { timeZone } = useT();
  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browser || cookieValue(document.cookie, TIME_ZONE_COOKIE) === browser) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(browser)}; path=/; max-age=31536000; samesite=lax`;
    if (browser !== timeZone) router.refresh();
  }, [router, timeZone]);
  return null;
}
