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
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyEvent, emptyState, type AnnotationState } from '@/lib/domain/annotation-state';
import type { RealtimeClient } from '@/lib/realtime/client';
import type { StreamEvent } from '@/lib/realtime/events';
import type { AnnotationDTO, ReplyDTO } from '@/lib/services/annotation-dto';
import { useT } from '@/components/i18n/locale-provider';
import * as api from './annotations-api';
import { errorDetail } from './live-writes';
import type { ClientAnnotation, ClientReply } from './reader-model';

export type LiveState = AnnotationState<ClientAnnotation, ClientReply>;

interface Options {
  /** null: nothing to load (signed out, or reading in no group) */
  client: RealtimeClient | null;
  stream: string | null;
  load: () => Promise<{ annotations: AnnotationDTO[]; reflections: ReplyDTO[] }>;
  isLeader: boolean;
  /** events the annotation reducer does not handle (session:ended …), after it has applied them */
  onEvents?: (events: StreamEvent[]) => void;
}

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

/** The loaded data, with the local items the server has not confirmed yet. */
function mergeLoaded(local: LiveState, data: { annotations: AnnotationDTO[]; reflections: ReplyDTO[] }): LiveState {
  const loaded = emptyState<ClientAnnotation, ClientReply>(data.annotations, data.reflections);
  for (const a of local.annotations.values()) if (a.pending && !loaded.annotations.has(a.id)) loaded.annotations.set(a.id, a);
  for (const r of local.reflections.values()) if (r.pending && !loaded.reflections.has(r.id)) loaded.reflections.set(r.id, r);
  return keepPending(local, loaded);
}

export function useLiveAnnotations({ client, stream, load, isLeader, onEvents }: Options) {
  const { t } = useT();
  const [state, setState] = useState<LiveState>(() => emptyState());
  // Loading from the start when there is a stream to load: the client arrives one effect later.
  const [isLoading, setLoading] = useState(Boolean(stream));
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Read when events arrive, without re-following the stream when they change.
  const latest = useRef({ isLeader, onEvents, load });
  useEffect(() => {
    latest.current = { isLeader, onEvents, load };
  });

  useEffect(() => {
    if (!client || !stream) return;
    let isCancelled = false;
    let unfollow = () => {};
    setLoading(true);
    (async () => {
      try {
        const lastSeq = await api.fetchLastSeq(stream);
        const data = await latest.current.load();
        if (isCancelled) return;
        setState((local) => mergeLoaded(local, data));
        setLoadError(null);
        unfollow = client.follow(stream, lastSeq, (events) => {
          const opts = { isLeader: latest.current.isLeader };
          setState((before) => keepPending(before, events.reduce((s, e) => applyEvent(s, e, opts), before)));
          latest.current.onEvents?.(events);
        });
      } catch (error) {
        if (!isCancelled) setLoadError(errorDetail(error, t('common.error')));
      } finally {
        if (!isCancelled) setLoading(false);
      }
    })();
    return () => {
      isCancelled = true;
      unfollow();
    };
  }, [client, stream, attempt, t]);

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

  return { state, isLoading, loadError, reload, updateAnnotation, putAnnotation, dropAnnotation, putReflection, dropReflection };
}
