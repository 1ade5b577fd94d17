'use client';
import { useSyncExternalStore } from 'react';

/** Tailwind's lg: the three-column layout. */
export const WIDE_QUERY = '(min-width: 1024px)';

/** Whether the three-column layout is on: one place for the connection state, not two. */
export function useIsWide(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(WIDE_QUERY);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(WIDE_QUERY).matches,
    () => false,
  );
}
