'use client';
/**
 * What the thread cards, the reflections and the inputs share on a live page: the socket writes, the group's
 * members (for @-mentions) and whether the viewer leads (sees hidden items, marked, and may pin and hide). The
 * connection status is read where it is shown (useLiveStatus), so a status change re-renders only those places.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { getLiveStatus, SERVER_LIVE_STATUS, subscribeLiveStatus, type LiveStatus } from '@/lib/realtime/browser';
import type { Writes } from './live-writes';
import type { GroupMember } from './reader-model';

export interface LiveContextValue {
  /** null while signed out (nothing can be written) */
  writes: Writes | null;
  members: readonly GroupMember[];
  isLeader: boolean;
}

export const LiveContext = createContext<LiveContextValue>({ writes: null, members: [], isLeader: false });

export const useLive = () => useContext(LiveContext);

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribeLiveStatus, getLiveStatus, () => SERVER_LIVE_STATUS);
}
