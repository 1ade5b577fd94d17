'use client';
/**
 * 跟学 (follow the leader) and "where is each member reading".
 *
 * Everyone's page reports the block at the top of its viewport (the reading line, just under the sticky bars) as
 * `session:viewing`, throttled; the leader's page also sends it as `leader:move`, which the server keeps as the
 * session's current passage and broadcasts as `leader:moved`. A member who follows scrolls smoothly to each
 * `leader:moved` block; a late joiner lands on the session's `currentBlockId` when it joins.
 *
 * Detaching: a follower who scrolls by hand stops following. "By hand" means a scroll that comes within a short
 * while of a gesture that scrolls — wheel, touch move, a scrolling key outside text fields, pressing the page's
 * scrollbar, following an in-page link (the TOC, a heading's link) — or a jump the page makes for the reader (going
 * to a highlight from its thread). The page's own follow scrolls come with no such gesture, so they never detach;
 * selecting text (a long press, dragging handles) moves nothing and does not detach either. 跟学 re-attaches and
 * goes straight to the leader's latest passage.
 *
 * A follower in the middle of writing (focus in a text field) or selecting a passage is not moved under their
 * hands: the move waits until they are done, then the page catches up with the leader.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { RealtimeClient } from '@/lib/realtime/client';

/** Quiet time between two position reports while scrolling: enough for a meeting, light on the server. */
const REPORT_THROTTLE_MS = 250;
/** How long after a gesture a scroll still counts as the reader's own. */
const GESTURE_WINDOW_MS = 800;
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

interface Options {
  client: RealtimeClient | null;
  sessionId: string | null;
  isLive: boolean;
  /** this viewer leads the reading (the session's leader): reports `leader:move`, never follows */
  isSessionLeader: boolean;
  bodyRef: RefObject<HTMLElement | null>;
  /** px from the viewport's top where reading happens (below the sticky header and session bar) */
  readingLine: () => number;
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)));
}

/** Writing a note or reply, or holding a selection: not the moment to move the page. */
function isBusy(): boolean {
  return isEditable(document.activeElement) || !(document.getSelection()?.isCollapsed ?? true);
}

/** Panels that scroll on their own (threads, contents, menus): a wheel or swipe there does not move the text. */
const OWN_SCROLL = 'aside, nav, [role=dialog], [role=listbox]';

export function useFollowLeader({ client, sessionId, isLive, isSessionLeader, bodyRef, readingLine }: Options) {
  const [isFollowing, setFollowing] = useState(!isSessionLeader);
  const [leaderBlockId, setLeaderBlockId] = useState<string | null>(null);
  const following = useRef(isFollowing);
  const leaderBlock = useRef<string | null>(null);
  const reported = useRef<string | null>(null);
  const lineRef = useRef(readingLine);
  useEffect(() => {
    following.current = isFollowing && !isSessionLeader;
    lineRef.current = readingLine;
  });

  /** The block at the reading line: the first whose bottom is below it (blocks are in reading order). */
  const blockAtTop = useCallback((): string | null => {
    const body = bodyRef.current;
    if (!body) return null;
    const line = lineRef.current();
    for (const element of body.querySelectorAll<HTMLElement>('[data-block-id]')) {
      if (element.getBoundingClientRect().bottom > line) return element.dataset.blockId ?? null;
    }
    return null;
  }, [bodyRef]);

  const scrollToBlock = useCallback(
    (blockId: string) => {
      const element = bodyRef.current?.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
      if (!element) return; // outside the session's range on this page
      const top = element.getBoundingClientRect().top + window.scrollY - lineRef.current();
      const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: Math.max(0, top), behavior: isReduced ? 'auto' : 'smooth' });
    },
    [bodyRef],
  );

  /** Tells the room where this page is (and, for the leader, moves the followers), if it changed or `force`. */
  const report = useCallback(
    (force = false) => {
      if (!client || !sessionId || !client.socket.connected) return;
      const blockId = blockAtTop();
      if (!blockId || (!force && blockId === reported.current)) return;
      reported.current = blockId;
      client.socket.emit('session:viewing', { sessionId, blockId });
      if (isSessionLeader) client.socket.emit('leader:move', { sessionId, blockId }, () => undefined);
    },
    [client, sessionId, isSessionLeader, blockAtTop],
  );

  // Report the position while scrolling (throttled, with a trailing report where the scroll came to rest).
  useEffect(() => {
    if (!client || !sessionId || !isLive) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const onScroll = () => {
      if (timer) return;
      const wait = Math.max(0, REPORT_THROTTLE_MS - (Date.now() - last));
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        report();
      }, wait);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [client, sessionId, isLive, report]);

  // Followers go where the leader goes (once they are not writing or selecting).
  useEffect(() => {
    if (!client || !sessionId || isSessionLeader) return;
    let isWaiting = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMoved = (move: { sessionId: string; blockId: string }) => {
      if (move.sessionId !== sessionId) return;
      leaderBlock.current = move.blockId;
      setLeaderBlockId(move.blockId);
      if (!following.current) return;
      if (isBusy()) isWaiting = true;
      else scrollToBlock(move.blockId);
    };
    const catchUp = () => {
      if (!isWaiting) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (!isWaiting || isBusy()) return;
        isWaiting = false;
        if (following.current && leaderBlock.current) scrollToBlock(leaderBlock.current);
      }, 300);
    };
    client.socket.on('leader:moved', onMoved);
    document.addEventListener('focusout', catchUp);
    document.addEventListener('selectionchange', catchUp);
    return () => {
      client.socket.off('leader:moved', onMoved);
      document.removeEventListener('focusout', catchUp);
      document.removeEventListener('selectionchange', catchUp);
      if (timer) clearTimeout(timer);
    };
  }, [client, sessionId, isSessionLeader, scrollToBlock]);

  // Detach when the reader scrolls by hand (see the module comment for what counts).
  useEffect(() => {
    if (!sessionId || isSessionLeader) return;
    let gestureAt = 0;
    const gesture = (event: Event) => {
      if ((event.target as Element | null)?.closest?.(OWN_SCROLL)) return;
      gestureAt = Date.now();
    };
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key) && !isEditable(event.target)) gesture(event);
    };
    const onPointerDown = (event: PointerEvent) => {
      // The page's scrollbar lies beyond the document's client width.
      if (event.clientX >= document.documentElement.clientWidth) gesture(event);
    };
    const onClick = (event: MouseEvent) => {
      // In-page links jump the text, wherever they sit (the contents are a nav): always the reader's own move.
      if ((event.target as Element | null)?.closest?.('a[href^="#"]')) gestureAt = Date.now();
    };
    const onScroll = () => {
      if (following.current && Date.now() - gestureAt < GESTURE_WINDOW_MS) {
        following.current = false;
        setFollowing(false);
      }
    };
    window.addEventListener('wheel', gesture, { passive: true });
    window.addEventListener('touchmove', gesture, { passive: true });
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('click', onClick, true);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('wheel', gesture);
      window.removeEventListener('touchmove', gesture);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('scroll', onScroll);
    };
  }, [sessionId, isSessionLeader]);

  /** On (re)joining: report where this page is; a follower goes to the leader's current passage. */
  const onJoined = useCallback(
    (session: { currentBlockId: string | null }) => {
      reported.current = null;
      // The server's record is the freshest: moves made while this page was away are in it.
      if (session.currentBlockId) {
        leaderBlock.current = session.currentBlockId;
        setLeaderBlockId(session.currentBlockId);
      }
      const target = leaderBlock.current;
      requestAnimationFrame(() => {
        if (following.current && target) scrollToBlock(target);
        // Report after the follow scroll has begun, or right away for the leader.
        setTimeout(() => report(true), following.current && target ? 600 : 0);
      });
    },
    [scrollToBlock, report],
  );

  const follow = useCallback(() => {
    following.current = true;
    setFollowing(true);
    if (leaderBlock.current) scrollToBlock(leaderBlock.current);
  }, [scrollToBlock]);

  const unfollow = useCallback(() => {
    following.current = false;
    setFollowing(false);
  }, []);

  /** The page jumped somewhere for the reader (a highlight from its thread): that is reading on one's own. */
  const noteManualJump = useCallback(() => {
    if (following.current) unfollow();
  }, [unfollow]);

  return { isFollowing: isFollowing && !isSessionLeader, leaderBlockId, follow, unfollow, noteManualJump, onJoined };
}
