/**
 * The reader's reads over the HTTP API (the session cookie authenticates): what the page loads before it follows a
 * stream, and the session's start/end. Writes go over the socket (live-writes.ts), whose outbox survives a dropped
 * connection. Every failure becomes an ApiError carrying the server's message and field errors.
 */
import type { AnnotationDTO, ReplyDTO } from '@/lib/services/annotation-dto';
import type { SessionDTO } from '@/lib/services/sessions';
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';
import type { GroupMember } from './reader-model';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }

  /** One line for the user: the field messages when there are some, they say more than the summary. */
  get detail(): string {
    const fields = this.fields ? Object.entries(this.fields).map(([field, message]) => `${field}: ${message}`) : [];
    return fields.length > 0 ? fields.join('; ') : this.message;
  }
}

async function call<T>(url: string, init: { method: string; body?: unknown } = { method: 'GET' }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network error');
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as { error?: { code: string; message: string; fields?: Record<string, string> } } | null;
  if (!response.ok) {
    const error = payload?.error;
    throw new ApiError(response.status, error?.code ?? 'http_' + response.status, error?.message ?? response.statusText, error?.fields);
  }
  return payload as T;
}

/**
 * A client-chosen id makes a retried create idempotent. crypto.randomUUID exists only in secure contexts, and a
 * group often opens the server over plain http on the LAN, so fall back to getRandomValues (a v4 uuid all the same).
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface NewAnnotation {
  id: string;
  groupId: string;
  blockId: string;
  start: number;
  end: number;
  exact: string;
  kind: AnnotationKind;
  note: string;
  visibility: 'group' | 'private';
  /** the live study session it is made in */
  sessionId?: string;
}

const q = encodeURIComponent;

/** The threads on blocks `from`–`to` (ordinals in version `versionId`): one page, and the cursor of the next. */
export const fetchAnnotationPage = (q_: { textId: string; groupId: string; sessionId?: string; versionId: string; from: number; to: number; after?: string; limit: number }) =>
  call<{ annotations: AnnotationDTO[]; next: string | null }>(
    `/api/annotations?textId=${q(q_.textId)}&groupId=${q(q_.groupId)}${q_.sessionId ? `&sessionId=${q(q_.sessionId)}` : ''}&versionId=${q(q_.versionId)}&from=${q_.from}&to=${q_.to}&limit=${q_.limit}${q_.after ? `&after=${q(q_.after)}` : ''}`,
  );

/** The threads placed in another version than `notInVersion` (a session pinned to an older one): one page. */
export const fetchAnnotationsElsewhere = (q_: { textId: string; groupId: string; sessionId?: string; notInVersion: string; after?: string; limit: number }) =>
  call<{ annotations: AnnotationDTO[]; next: string | null }>(
    `/api/annotations?textId=${q(q_.textId)}&groupId=${q(q_.groupId)}${q_.sessionId ? `&sessionId=${q(q_.sessionId)}` : ''}&notInVersion=${q(q_.notInVersion)}&limit=${q_.limit}${q_.after ? `&after=${q(q_.after)}` : ''}`,
  );

/** Per block, `[threads, heat weight]`: counts and heat of the parts of the text not loaded yet. */
export const fetchSummary = (textId: string, groupId: string, sessionId?: string) =>
  call<{ blocks: Record<string, [number, number]> }>(`/api/annotations/summary?textId=${q(textId)}&groupId=${q(groupId)}${sessionId ? `&sessionId=${q(sessionId)}` : ''}`).then((r) => r.blocks);

/** One thread, as the viewer may see it (a link to it may point into a part of the text not loaded yet). */
export const fetchAnnotation = (id: string) => call<{ annotation: AnnotationDTO }>(`/api/annotations/${q(id)}`).then((r) => r.annotation);

/** Larger than any sequence number a stream will reach: asking for events after it returns none, and the lastSeq. */
const BEYOND_ANY_SEQ = 2_147_483_647;

/** A stream's last sequence number: read before loading the data the page then follows the stream from. */
export const fetchLastSeq = (stream: string) => call<{ lastSeq: number }>(`/api/streams?stream=${q(stream)}&after=${BEYOND_ANY_SEQ}`).then((r) => r.lastSeq);

/** Threads new since my previous visit to this text in this group (the call records this visit). */
export const fetchActivity = (groupId: string, textId: string) =>
  call<{ previousVisit: string | null; unread: string[] }>(`/api/groups/${q(groupId)}/activity?textId=${q(textId)}`);

export const fetchMembers = (groupId: string) => call<{ members: GroupMember[] }>(`/api/groups/${q(groupId)}/members`).then((r) => r.members);

export const fetchReflections = (sessionId: string) => call<{ reflections: ReplyDTO[] }>(`/api/sessions/${q(sessionId)}/reflections`).then((r) => r.reflections);

export const fetchSession = (sessionId: string) => call<{ session: SessionDTO & { role: string } }>(`/api/sessions/${q(sessionId)}`).then((r) => r.session);

export const startSession = (sessionId: string) => call<{ session: SessionDTO }>(`/api/sessions/${q(sessionId)}/start`, { method: 'POST' }).then((r) => r.session);

export const endSession = (sessionId: string) => call<{ session: SessionDTO }>(`/api/sessions/${q(sessionId)}/end`, { method: 'POST' }).then((r) => r.session);
