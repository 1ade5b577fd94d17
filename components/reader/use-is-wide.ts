'use client';
import { useSyncExternalStore } from 'react';

/** Tailwind's lg: the three-column layout. */
export const WIDE_QUERY = '(min-width: 1024px)';

/** Whether a CSS media query matches now, following its changes (false while rendering on the server). */
export function useMediaQuery(media: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(media);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(media).matches,
    () => false,
  );
}

/** Whether the three-column layout is on: one place for the connection state, not two. */
export const useIsWide = (): boolean => useMediaQuery(WIDE_QUERY);
