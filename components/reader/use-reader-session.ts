'use client';
/**
 * The reading page's connection to the server: one socket per tab, the group's members (for leaders' rights and
 * @-mentions), the live study session with 跟学, and the page's annotations kept current by their stream
 * (`group:<id>`, or `session:<id>` in a session), loaded page by page (PAGE_BLOCKS) as the text comes into view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextDTO } from '@/lib/services/texts';
import { canLead, type Role } from '@/lib/domain/permissions';
import { FIRST_CHUNK, NEXT_CHUNKS, PAGE_BLOCKS, readingPages } from '@/lib/domain/reading-pages';
import type { AnnotationDTO } from '@/lib/services/annotation-dto';
import { getRealtimeClient } from '@/lib/realtime/browser';
import type { RealtimeClient } from '@/lib/realtime/client';
import { useFollowLeader } from '@/components/session/use-follow-leader';
import { useLiveSession, type ViewerSession } from '@/components/session/use-live-session';
import * as api from './annotations-api';
import { makeWrites } from './live-writes';
import type { GroupMember } from './reader-model';
import { useLiveAnnotations, type FirstThreads, type Page } from './use-live-annotations';


interface Options {
  text: TextDTO;
  groupId: string | null;
  viewerId: string | null;
  initialSession: ViewerSession | undefined;
  /** the text's element: 跟学 scrolls it to the leader's passage */
  bodyRef: React.RefObject<HTMLElement | null>;
  /** the first page's first threads, from the server with the HTML */
  firstThreads?: FirstThreads;
}

export function useReaderSession({ text, groupId, viewerId, initialSession, bodyRef, firstThreads }: Options) {
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
  const pageList = useMemo(() => readingPages(text.blocks.map((b) => b.id), PAGE_BLOCKS), [text.blocks]);
  const pages = useMemo(() => new Map(pageList.map((p) => [p.key, p])), [pageList]);
  const pageOfBlock = useMemo(() => new Map(pageList.flatMap((p) => [...p.blockIds].map((id) => [id, p] as const))), [pageList]);
  const pageOf = useCallback((blockId: string) => pageOfBlock.get(blockId) ?? null, [pageOfBlock]);
  const scope = useMemo(() => ({ textId: text.id, groupId: groupId ?? '', sessionId: sessionId ?? undefined }), [text.id, groupId, sessionId]);
  const loadSummary = useCallback(() => api.fetchSummary(scope.textId, scope.groupId, scope.sessionId), [scope]);
  // The threads no page of this version reaches: a session pinned to an older version lists those a revision moved
  // to a newer one as not in this version (reader.orphaned), all of them, page after page of the API's limit.
  const loadElsewhere = useCallback(async () => {
    const found: AnnotationDTO[] = [];
    let after: string | undefined;
    do {
      const result = await api.fetchAnnotationsElsewhere({ ...scope, notInVersion: text.versionId, after, limit: NEXT_CHUNKS });
      found.push(...result.annotations);
      after = result.next ?? undefined;
    } while (after);
    return found;
  }, [scope, text.versionId]);
  const load = useCallback(async () => {
    const [summary, reflections, elsewhere] = await Promise.all([loadSummary(), scope.sessionId ? api.fetchReflections(scope.sessionId) : Promise.resolve([]), loadElsewhere()]);
    return { summary, reflections, elsewhere };
  }, [scope, loadSummary, loadElsewhere]);
  const loadPage = useCallback(
    async (page: Page, onChunk: (annotations: AnnotationDTO[]) => void, from?: string) => {
      let after = from;
      let limit = from ? NEXT_CHUNKS : FIRST_CHUNK;
      do {
        const result = await api.fetchAnnotationPage({ ...scope, versionId: text.versionId, from: page.from, to: page.to, after, limit });
        onChunk(result.annotations);
        after = result.next ?? undefined;
        limit = NEXT_CHUNKS;
      } while (after);
    },
    [scope, text.versionId],
  );
  const data = useLiveAnnotations({ client, stream, load, loadSummary, loadPage, pages, pageOf, isLeader, onEvents: live.onStreamEvents, first: firstThreads });

  return { client, writes, members, isLeader, live, session, sessionId, isLive, isSessionLeader, follow, data, pageList, pageOf };
}

/** Where reading happens: just below the sticky header and, in a session, its bar. */
function readingLine(): number {
  const bar = document.querySelector('[data-testid="session-bar"]');
  return (bar ? bar.getBoundingClientRect().bottom : 56) + 8;
}
