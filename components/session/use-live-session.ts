'use client';
/**
 * A study session as the page lives it: its status (scheduled → live → ended), taking part while it is live
 * (attendance and presence: joined now and again after every reconnect), who is present and where each is reading,
 * and the leader's start and end. The page learns that a session started from the `session-started` notification
 * (members) or its own start call (the leader), and that it ended from the `session:ended` event in its stream.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applyPresenceDelta, sortPresence } from '@/lib/domain/presence';
import type { RealtimeClient } from '@/lib/realtime/client';
import type { PresenceDelta, PresenceMember, StreamEvent } from '@/lib/realtime/events';
import type { SessionDTO } from '@/lib/services/sessions';
import * as api from '@/components/reader/annotations-api';

export type ViewerSession = SessionDTO & { role: string };

interface Options {
  client: RealtimeClient | null;
  initial: ViewerSession | null;
  /** called each time the page (re)joins: a late joiner goes to the leader's passage */
  onJoined?: (session: SessionDTO) => void;
}

export function useLiveSession({ client, initial, onJoined }: Options) {
  const [session, setSession] = useState<ViewerSession | null>(initial);
  // Who is present, by user id: the join's snapshot, then the room's deltas; sorted for display here, not on the server.
  const [present, setPresent] = useState<ReadonlyMap<string, PresenceMember>>(() => new Map());
  const presence = useMemo(() => sortPresence(present.values()), [present]);
  const onJoinedRef = useRef(onJoined);
  useEffect(() => {
    onJoinedRef.current = onJoined;
  });

  const sessionId = session?.id ?? null;
  const isLive = session?.status === 'live';
  /** Takes the server's newer record, keeping the viewer's role (which the record does not carry). */
  const adopt = useCallback((next: SessionDTO) => setSession((s) => (s && s.id === next.id ? { ...s, ...next } : s)), []);

  // Take part while live: the client joins again after every reconnect, and presence follows the room.
  useEffect(() => {
    if (!client || !sessionId || !isLive) return;
    let isGone = false;
    const onPresence = (delta: PresenceDelta) => {
      if (delta.sessionId === sessionId) setPresent((members) => applyPresenceDelta(members, delta));
    };
    client.socket.on('presence:changed', onPresence);
    client
      .joinSession(sessionId, (joined) => {
        if (isGone) return;
        setPresent(new Map(joined.members.map((m) => [m.userId, m])));
        adopt(joined.session);
        onJoinedRef.current?.(joined.session);
      })
      .catch(() => {
        // Refused (the session ended meanwhile): the ended event or a refetch says so.
        if (!isGone) void api.fetchSession(sessionId).then(adopt, () => undefined);
      });
    return () => {
      isGone = true;
      client.socket.off('presence:changed', onPresence);
      setPresent(new Map());
      void client.leaveSession(sessionId).catch(() => undefined);
    };
  }, [client, sessionId, isLive, adopt]);

  // A scheduled session: wait for it to start (the notification comes live; a tab coming back asks again).
  const isScheduled = session?.status === 'scheduled';
  useEffect(() => {
    if (!client || !sessionId || !isScheduled) return;
    const refetch = () => void api.fetchSession(sessionId).then(adopt, () => undefined);
    const onNotification = (n: { type: string; payload: unknown }) => {
      if (n.type === 'session-started' && (n.payload as { sessionId?: string })?.sessionId === sessionId) refetch();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') refetch();
    };
    client.socket.on('notification:created', onNotification);
    client.socket.on('connect', refetch);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      client.socket.off('notification:created', onNotification);
      client.socket.off('connect', refetch);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [client, sessionId, isScheduled, adopt]);

  /** The stream's session events (the annotation reducer ignores them). */
  const onStreamEvents = useCallback(
    (events: StreamEvent[]) => {
      for (const event of events) {
        if (event.type === 'session:ended' || event.type === 'session:started') adopt(event.payload as SessionDTO);
      }
    },
    [adopt],
  );

  const start = useCallback(async () => {
    if (sessionId) adopt(await api.startSession(sessionId));
  }, [sessionId, adopt]);

  const end = useCallback(async () => {
    if (sessionId) adopt(await api.endSession(sessionId));
  }, [sessionId, adopt]);

  return { session, presence, onStreamEvents, start, end };
}
