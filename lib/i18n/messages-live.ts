/** Words of the live session page (presence, follow the leader, connection state, notifications). Merged into messages.ts. */
export const liveZh = {
  'live.online': '已连接',
} as const;

export const liveEn: Record<keyof typeof liveZh, string> = {
  'live.online': 'Connected',
};
