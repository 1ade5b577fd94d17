/**
 * The reader's calls to the annotations HTTP API (the session cookie authenticates). Every failure becomes an
 * ApiError carrying the server's message and field errors, so a form can show them and keep what was typed.
 */
import type { AnnotationDTO, ReplyDTO } from '@/lib/services/annotation-dto';
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';

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
}

export const fetchAnnotations = (textId: string, groupId: string) =>
  call<{ annotations: AnnotationDTO[] }>(`/api/annotations?textId=${encodeURIComponent(textId)}&groupId=${encodeURIComponent(groupId)}`).then((r) => r.annotations);

export const createAnnotation = (input: NewAnnotation) => call<{ annotation: AnnotationDTO }>('/api/annotations', { method: 'POST', body: input }).then((r) => r.annotation);

export const updateAnnotation = (id: string, patch: { kind?: AnnotationKind; note?: string; visibility?: 'group' | 'private' }) =>
  call<{ annotation: AnnotationDTO }>(`/api/annotations/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }).then((r) => r.annotation);

export const deleteAnnotation = (id: string) => call<void>(`/api/annotations/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const createReply = (annotationId: string, input: { id: string; body: string }) =>
  call<{ reply: ReplyDTO }>(`/api/annotations/${encodeURIComponent(annotationId)}/replies`, { method: 'POST', body: input }).then((r) => r.reply);

export const updateReply = (annotationId: string, replyId: string, body: string) =>
  call<{ reply: ReplyDTO }>(`/api/annotations/${encodeURIComponent(annotationId)}/replies/${encodeURIComponent(replyId)}`, { method: 'PATCH', body: { body } }).then((r) => r.reply);

export const deleteReply = (annotationId: string, replyId: string) =>
  call<void>(`/api/annotations/${encodeURIComponent(annotationId)}/replies/${encodeURIComponent(replyId)}`, { method: 'DELETE' });
