'use client';
/**
 * Which pages of threads (runs of blocks, lib/domain/reading-pages.ts) are in view or about to be: one screen above
 * and below the window. Those are the pages the reading page loads and draws highlights for.
 */
import { useEffect, useState } from 'react';
import type { ReadingPage } from '@/lib/domain/reading-pages';

/** One screen either side: a page is loaded before it scrolls in, and kept drawn for a short way back. */
const MARGIN = '100% 0px 100% 0px';

/** `assumed`: the page taken to be in view until the window is observed (the one whose highlights the server drew). */
export function usePagesInView(bodyRef: React.RefObject<HTMLElement | null>, pageOf: (blockId: string) => ReadingPage | null, layoutKey: unknown, assumed?: string): ReadonlySet<string> {
  const [inView, setInView] = useState<ReadonlySet<string>>(() => new Set(assumed ? [assumed] : []));
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const near = new Set<Element>();
    const update = () => {
      const keys = new Set<string>();
      for (const el of near) {
        const page = pageOf(el.getAttribute('data-block-id') ?? '');
        if (page) keys.add(page.key);
      }
      setInView((previous) => (previous.size === keys.size && [...keys].every((k) => previous.has(k)) ? previous : keys));
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) near.add(entry.target);
          else near.delete(entry.target);
        }
        update();
      },
      { rootMargin: MARGIN },
    );
    for (const el of body.querySelectorAll('[data-block-id]')) observer.observe(el);
    return () => observer.disconnect();
  }, [bodyRef, pageOf, layoutKey]);
  return inView;
}
