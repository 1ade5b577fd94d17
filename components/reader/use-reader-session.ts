'use client';
/**
 * The reading page's connection to the server: one socket per tab, the group's members (for leaders' rights and
 * @-mentions), the live study session with 跟学, and the page's annotations kept current by their stream
 * (`group:<id>`, or `session:<id>` in a session).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextDTO } from '@/lib/services/texts';
import { canLead, type Role } from '@/lib/domain/permissions';
import { getRealtimeClient } from '@/lib/realtime/browser';
import type { RealtimeClient } from '@/lib/realtime/client';
import { useFollowLeader } from '@/components/session/use-follow-leader';
import { useLiveSession, type ViewerSession } from '@/components/session/use-live-session';
import * as api from './annotations-api';
import { makeWrites } from './live-writes';
import type { GroupMember } from './reader-model';
import { useLiveAnnotations } from './use-live-annotations';

interface Options {
  text: TextDTO;
  groupId: string | null;
  viewerId: string | null;
  initialSession: ViewerSession | undefined;
  /** the text's element: 跟学 scrolls it to the leader's passage */
  bodyRef: React.RefObject<HTMLElement | null>;
}

export function useReaderSession({ text, groupId, viewerId, initialSession, bodyRef }: Options) {
  // One socket per tab, made after mounting (never while rendering on the server).
  const [client, setClient] = useState<RealtimeClient | null>(null);
  useEffect(() => setClient(viewerId ? getRealtimeClient(viewerId) : null), [viewerId]);
  const writes = useMemo(() => (client ? makeWrites(client) : null), [client]);

  const [members, setMembers] = useState<GroupMember[]>([]);
  useEffect(() => {
    if (!viewerId || !groupId) return;
    api.fetchMembers(groupId).then(setMembers, () => undefined);
  }, [viewerId, groupId]);
  const isLeader = initialSession ? canLead(initialSession.role as Role) : members.some((m) => m.userId === viewerId && canLead(m.role as Role));

  // The live session, and 跟学 (which needs to know when the page has joined).
  const onJoinedRef = useRef<(s: { currentBlockId: string | null }) => void>(() => undefined);
  const live = useLiveSession({ client, initial: initialSession ?? null, onJoined: (s) => onJoinedRef.current(s) });
  const session = live.session;
  const isLive = session?.status === 'live';
  const isSessionLeader = Boolean(session && viewerId && session.leader.id === viewerId);
  const follow = useFollowLeader({ client, sessionId: session?.id ?? null, isLive, isSessionLeader, bodyRef, readingLine });
  useEffect(() => {
    onJoinedRef.current = follow.onJoined;
  });

  const sessionId = session?.id ?? null;
  const stream = viewerId && groupId ? (sessionId ? `session:${sessionId}` : `group:${groupId}`) : null;
  const load = useCallback(async () => {
    const [annotations, reflections] = await Promise.all([
      api.fetchAnnotations(text.id, groupId!, sessionId ?? undefined),
      sessionId ? api.fetchReflections(sessionId) : Promise.resolve([]),
    ]);
    return { annotations, reflections };
  }, [text.id, groupId, sessionId]);
  const data = useLiveAnnotations({ client, stream, load, isLeader, onEvents: live.onStreamEvents });

  return { client, writes, members, isLeader, live, session, sessionId, isLive, isSessionLeader, follow, data };
}

/** Where reading happens: just below the sticky header and, in a session, its bar. */
function readingLine(): number {
  const bar = document.querySelector('[data-testid="session-bar"]');
  return (bar ? bar.getBoundingClientRect().bottom : 56) + 8;
}
