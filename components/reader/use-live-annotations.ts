'use client';
/**
 * The page's annotations (and a session's reflections), loaded over HTTP and then kept current by a stream:
 * `group:<id>` on the reading page, `session:<id>` in a live session. The stream's last sequence number is read
 * BEFORE the data is loaded, and the stream followed from it: events committed in between are applied on top (the
 * reducer's upserts are idempotent), none is missed, and the client applies each event once, in order, catching up
 * after every reconnect (lib/realtime/client.ts, lib/domain/annotation-state.ts).
 *
 * Optimistic items (a highlight being saved, a reply queued while offline) are marked `pending` and survive both a
 * reload and an event that replaces their thread, until the server's own record with the same id arrives.
 *
 * The threads themselves are loaded by page (a run of blocks) as the text comes into view (issue 11: a text of
 * 10,000 annotations). A page is asked for only once the stream's last sequence number is known, so every event
 * after it reaches the page; the events that arrive while a page is on its way are applied again on top of it (the
 * reducer's upserts are idempotent), so a page read just before an event cannot undo it. Events about pages not
 * loaded yet still go through the reducer; the page brings the whole thread when it loads. The per-block summary
 * (counts, heat map) of the pages not loaded is asked for again, shortly, after an event that changes them.
 *
 * The server puts the first page's first chunk in the HTML with the stream's last sequence number read before it
 * (`first`, lib/services/first-threads.ts): the page starts from them as from a chunk it had loaded itself, follows
 * the stream from that number and asks for the rest of that page from its cursor. A reload starts afresh.
 *
 * What loading brings (a page's chunks, the summary, the threads elsewhere) is put in the state in a transition: a
 * chunk of 500 threads redraws hundreds of highlights and cards, and React renders a transition in slices between
 * which the browser paints and handles input, where an ordinary update is rendered in one task (trace, desktop,
 * 2,000 annotations: 144 and 211 ms). What the reader does, and what the stream says, still applies at once.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applyEvent, emptyState, type AnnotationState } from '@/lib/domain/annotation-state';
import type { ReadingPage } from '@/lib/domain/reading-pages';
import type { RealtimeClient } from '@/lib/realtime/client';
import type { StreamEvent } from '@/lib/realtime/events';
import type { AnnotationDTO, ReplyDTO } from '@/lib/services/annotation-dto';
import type { FirstThreads as FirstThreadsDTO } from '@/lib/services/first-threads';
import { useT } from '@/components/i18n/locale-provider';
import * as api from './annotations-api';
import { errorDetail } from './live-writes';
import type { ClientAnnotation, ClientReply } from './reader-model';

export type LiveState = AnnotationState<ClientAnnotation, ClientReply>;

/** Per block id, `[threads, heat weight]` the viewer would be listed (lib/services/annotations.ts). */
export type BlockSummary = Record<string, [number, number]>;

/** A run of blocks loaded together (lib/domain/reading-pages.ts). */
export type Page = ReadingPage;

/** The first chunk of one page, read on the server after the stream's last sequence number (first-threads.ts). */
export type FirstThreads = FirstThreadsDTO & { page: string };

interface Options {
  /** null: nothing to load (signed out, or reading in no group) */
  client: RealtimeClient | null;
  stream: string | null;
  /**
   * what the page needs before any thread: the reflections of a session, the summary of the threads, and the threads
   * on blocks of no page (placed in another version than the one on the page)
   */
  load: () => Promise<{ reflections: ReplyDTO[]; summary: BlockSummary; elsewhere: AnnotationDTO[] }>;
  loadSummary: () => Promise<BlockSummary>;
  /** every thread of one page (or those after the cursor `after`), handed over chunk by chunk as the API's cursor is followed */
  loadPage: (page: Page, onChunk: (annotations: AnnotationDTO[]) => void, after?: string) => Promise<void>;
  /** the pages of the text on the page, by key */
  pages: ReadonlyMap<string, Page>;
  /** the page a block is on, null for blocks not on the page */
  pageOf: (blockId: string) => Page | null;
  isLeader: boolean;
  /** events the annotation reducer does not handle (session:ended …), after it has applied them */
  onEvents?: (events: StreamEvent[]) => void;
  /** what the server put in the HTML: used by the first load of its stream */
  first?: FirstThreads;
}

/** Quiet time before the summary is asked for again: a class writing at once asks once. */
const SUMMARY_REFRESH_MS = 800;

/** Puts back pending replies that an event replacing their whole thread (annotation:updated …) left out. */
function keepPending(before: LiveState, after: LiveState): LiveState {
  let annotations = after.annotations;
  for (const [id, previous] of before.annotations) {
    const queued = previous.replies.filter((r) => r.pending);
    if (queued.length === 0) continue;
    const now = annotations.get(id);
    if (!now) continue;
    const missing = queued.filter((r) => !now.replies.some((x) => x.id === r.id));
    if (missing.length === 0) continue;
    if (annotations === after.annotations) annotations = new Map(annotations);
    annotations.set(id, { ...now, replies: [...now.replies, ...missing] });
  }
  return annotations === after.annotations ? after : { ...after, annotations };
}

/** The loaded reflections, with the local ones the server has not confirmed yet. */
function mergeReflections(local: LiveState, reflections: ReplyDTO[]): LiveState {
  const loaded = new Map<string, ClientReply>(reflections.map((r) => [r.id, r]));
  for (const r of local.reflections.values()) if (r.pending && !loaded.has(r.id)) loaded.set(r.id, r);
  return { ...local, reflections: loaded };
}

/** One page's threads in place of what the state held on its blocks (pending items stay). */
function mergePage(local: LiveState, page: Page, annotations: AnnotationDTO[]): LiveState {
  const next = new Map(local.annotations);
  for (const [id, a] of local.annotations) if (page.blockIds.has(a.blockId) && !a.pending) next.delete(id);
  for (const a of annotations) if (!next.get(a.id)?.pending) next.set(a.id, a);
  return keepPending(local, { ...local, annotations: next });
}

/** A further chunk of a page being loaded: added, never over a pending item. */
function addToPage(local: LiveState, annotations: AnnotationDTO[]): LiveState {
  const next = new Map(local.annotations);
  for (const a of annotations) if (!next.get(a.id)?.pending) next.set(a.id, a);
  return { ...local, annotations: next };
}

/** The block an event is about, when it names one; undefined when the event names an annotation by id only. */
function eventBlock(event: StreamEvent, state: LiveState): string | null | undefined {
  const payload = event.payload as { blockId?: unknown; annotationId?: unknown; id?: unknown; targetType?: unknown; targetId?: unknown };
  if (typeof payload.blockId === 'string') return payload.blockId;
  const id = typeof payload.annotationId === 'string' ? payload.annotationId : event.type.startsWith('annotation:') && typeof payload.id === 'string' ? payload.id : null;
  if (!id) return null;
  return state.annotations.get(id)?.blockId;
}

export function useLiveAnnotations({ client, stream, load, loadSummary, loadPage, pages, pageOf, isLeader, onEvents, first }: Options) {
  const { t } = useT();
  // Until its stream's first load has begun following: the server's chunk, for the state and the paging to start from.
  const firstRef = useRef(first);
  const [state, setState] = useState<LiveState>(() => emptyState<ClientAnnotation, ClientReply>(first?.annotations));
  // Loading from the start when there is a stream to load: the client arrives one effect later.
  const [isLoading, setLoading] = useState(Boolean(stream));
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [summary, setSummary] = useState<BlockSummary>({});
  const [loadedPages, setLoadedPages] = useState<ReadonlySet<string>>(() => new Set(first && first.next === null ? [first.page] : []));
  // Read when events arrive, without re-following the stream when they change.
  const latest = useRef({ isLeader, onEvents, load, loadSummary, loadPage, pages, pageOf, state, t });
  useEffect(() => {
    latest.current = { isLeader, onEvents, load, loadSummary, loadPage, pages, pageOf, state, t };
  });

  /**
   * Paging: `generation` changes with every (re)load of the stream, so a page that arrives for an older one is
   * dropped; `wanted` holds the pages asked for (in view), `busy` those on their way; `received` the events since
   * the oldest page on its way started (`receivedBase` counts those dropped from its front).
   */
  const paging = useRef({ generation: 0, isReady: false, wanted: new Set<string>(), busy: new Map<string, Page>(), loaded: new Set<string>(), received: [] as StreamEvent[], receivedBase: 0, summaryTimer: undefined as ReturnType<typeof setTimeout> | undefined });

  // Both read and write only refs and state setters: made once.
  const { loadOnePage, pump } = useMemo(() => {
    /** Loads one page (from the cursor `after`: the rest of a page whose first chunk is in); the others wait for it. */
    function loadOnePage(page: Page, after?: string) {
      const p = paging.current;
      const key = page.key;
      const generation = p.generation;
      const from = p.receivedBase + p.received.length;
      p.busy.set(key, page);
      // The first chunk replaces what the state held on the page's blocks, the next ones add to it: highlights show
      // as soon as the first chunk is in. Each is followed by the events received since the page was asked for.
      let isFirst = after === undefined;
      const onChunk = (annotations: AnnotationDTO[]) => {
        if (generation !== p.generation) return;
        const replay = p.received.slice(from - p.receivedBase);
        const opts = { isLeader: latest.current.isLeader };
        const replace = isFirst;
        isFirst = false;
        startTransition(() => setState((local) => keepPending(local, replay.reduce((s, e) => applyEvent(s, e, opts), replace ? mergePage(local, page, annotations) : addToPage(local, annotations)))));
      };
      latest.current
        .loadPage(page, onChunk, after)
        .then(
          () => {
            if (generation !== p.generation) return;
            p.loaded.add(key);
            const loaded = new Set(p.loaded);
            startTransition(() => setLoadedPages(loaded));
          },
          // A page that failed is asked for again when it next comes into view.
          () => void p.wanted.delete(key),
        )
        .finally(() => {
          if (generation !== p.generation) return;
          p.busy.delete(key);
          if (p.busy.size === 0) {
            p.receivedBase += p.received.length;
            p.received = [];
          }
          pump();
        });
    }

    /** Starts loading the next page wanted, unless one is on its way. */
    function pump() {
      const p = paging.current;
      if (!p.isReady) return;
      for (const key of p.wanted) {
        if (p.loaded.has(key) || p.busy.has(key)) continue;
        const page = latest.current.pages.get(key);
        if (!page) {
          p.wanted.delete(key);
          continue;
        }
        // One page at a time: the one in view first, the rest after it.
        return loadOnePage(page);
      }
    }
    return { loadOnePage, pump };
  }, []);

  /** Asks for these pages (those in view); they stay loaded. */
  const requestPages = useCallback(
    (keys: Iterable<string>) => {
      for (const key of keys) paging.current.wanted.add(key);
      pump();
    },
    [pump],
  );

  const refreshSummarySoon = useCallback(() => {
    const p = paging.current;
    if (p.summaryTimer) return;
    const generation = p.generation;
    p.summaryTimer = setTimeout(() => {
      p.summaryTimer = undefined;
      latest.current.loadSummary().then((s) => generation === p.generation && startTransition(() => setSummary(s)), () => undefined);
    }, SUMMARY_REFRESH_MS);
  }, []);

  useEffect(() => {
    if (!client || !stream) return;
    let isCancelled = false;
    let unfollow = () => {};
    const p = paging.current;
    p.generation += 1;
    p.isReady = false;
    p.busy.clear();
    p.loaded.clear();
    p.received = [];
    // The server's first chunk, on this stream's first load: the state starts from it (and, if it was the whole
    // page, so does the paging). Any other load starts afresh.
    const start = attempt === 0 && firstRef.current?.stream === stream ? firstRef.current : undefined;
    if (start?.next === null) p.loaded.add(start.page);
    setLoadedPages(new Set(p.loaded));
    // Threads of another stream (or of a load being retried) go; the pages in view are asked for again.
    if (!start) setState((s) => ({ ...s, annotations: new Map([...s.annotations].filter(([, a]) => a.pending)) }));
    setLoading(true);
    (async () => {
      try {
        const lastSeq = start ? start.lastSeq : await api.fetchLastSeq(stream);
        if (isCancelled) return;
        // From here on every event reaches this page: threads may be loaded.
        p.isReady = true;
        const startPage = start?.next ? latest.current.pages.get(start.page) : undefined;
        if (startPage) loadOnePage(startPage, start!.next!);
        pump();
        const data = await latest.current.load();
        if (isCancelled) return;
        // Pages may have arrived meanwhile: keep them, take the reflections and the threads no page holds. The
        // stream is followed from before this load, so later events about those threads apply on top.
        startTransition(() => {
          setSummary(data.summary);
          setState((local) => addToPage(mergeReflections(local, data.reflections), data.elsewhere));
        });
        setLoadError(null);
        firstRef.current = undefined;
        unfollow = client.follow(stream, lastSeq, (events) => {
          const opts = { isLeader: latest.current.isLeader };
          if (p.busy.size > 0) p.received.push(...events);
          // Counts of the pages not loaded come from the summary: ask again when an event changes one of them.
          const { state: now, pageOf: pageOfBlock } = latest.current;
          for (const event of events) {
            const blockId = eventBlock(event, now);
            if (blockId === null) continue;
            const page = blockId === undefined ? null : pageOfBlock(blockId);
            if (!page || !p.loaded.has(page.key)) refreshSummarySoon();
          }
          setState((before) => keepPending(before, events.reduce((s, e) => applyEvent(s, e, opts), before)));
          latest.current.onEvents?.(events);
        });
      } catch (error) {
        if (!isCancelled) setLoadError(errorDetail(error, latest.current.t('common.error')));
      } finally {
        // with what was loaded (a transition), not before it: no "no annotations yet" in between
        if (!isCancelled) startTransition(() => setLoading(false));
      }
    })();
    return () => {
      isCancelled = true;
      p.isReady = false;
      unfollow();
    };
  }, [client, stream, attempt, pump, loadOnePage, refreshSummarySoon]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // A load that failed for want of a network is tried again when the connection is back.
  useEffect(() => {
    if (!client || !loadError) return;
    client.socket.on('connect', reload);
    return () => void client.socket.off('connect', reload);
  }, [client, loadError, reload]);

  /** Changes one annotation (or, returning null, takes it off the page). */
  const updateAnnotation = useCallback((id: string, update: (a: ClientAnnotation) => ClientAnnotation | null) => {
    setState((s) => {
      const a = s.annotations.get(id);
      if (!a) return s;
      const next = update(a);
      const annotations = new Map(s.annotations);
      if (next) annotations.set(id, next);
      else annotations.delete(id);
      return { ...s, annotations };
    });
  }, []);

  const putAnnotation = useCallback((a: ClientAnnotation) => setState((s) => ({ ...s, annotations: new Map(s.annotations).set(a.id, a) })), []);

  const dropAnnotation = useCallback((id: string) => {
    setState((s) => {
      if (!s.annotations.has(id)) return s;
      const annotations = new Map(s.annotations);
      annotations.delete(id);
      return { ...s, annotations };
    });
  }, []);

  const putReflection = useCallback((r: ClientReply) => setState((s) => ({ ...s, reflections: new Map(s.reflections).set(r.id, r) })), []);

  const dropReflection = useCallback((id: string) => {
    setState((s) => {
      const reflections = new Map(s.reflections);
      reflections.delete(id);
      return { ...s, reflections };
    });
  }, []);

  return { state, isLoading, loadError, reload, updateAnnotation, putAnnotation, dropAnnotation, putReflection, dropReflection, summary, loadedPages, requestPages };
}

