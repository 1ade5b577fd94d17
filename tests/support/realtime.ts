/** Test users connected over real socket.io, each with the page's own client and state reducer. */
import { applyEvent, emptyState, type AnnotationState } from '../../lib/domain/annotation-state';
import { RealtimeClient } from '../../lib/realtime/client';
import type { StreamEvent } from '../../lib/realtime/events';
import type { AnnotationDTO, ReplyDTO } from '../../lib/services/annotation-dto';
import type { Session } from './client';

export interface LiveUser {
  client: RealtimeClient;
  events: StreamEvent[];
  state: AnnotationState<AnnotationDTO, ReplyDTO>;
}

/** Connects with the user's API token (creating one if needed). */
export async function connect(session: Session): Promise<RealtimeClient> {
  if (!session.token) {
    const { body } = await session.call('POST', '/api/tokens', { name: 'realtime test' });
    session.token = body.token.token;
  }
  const client = new RealtimeClient(session.base, { auth: { token: session.token }, reconnectionDelay: 100, reconnectionDelayMax: 500 });
  await new Promise<void>((resolve, reject) => {
    client.socket.once('connect', () => resolve());
    client.socket.once('connect_error', reject);
  });
  return client;
}

/** Follows a stream from `after`, keeping every applied event and the reduced state. */
export function followStream(client: RealtimeClient, stream: string, after = 0, opts: { isLeader?: boolean; initial?: AnnotationDTO[] } = {}): LiveUser {
  const user: LiveUser = { client, events: [], state: emptyState<AnnotationDTO, ReplyDTO>(opts.initial ?? []) };
  client.follow(stream, after, (events) => {
    for (const e of events) {
      user.events.push(e);
      user.state = applyEvent(user.state, e, { isLeader: opts.isLeader ?? false });
    }
  });
  return user;
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A comparable form of a page's annotations (order-independent, timestamps kept). */
export function normalise(annotations: Iterable<AnnotationDTO>) {
  return [...annotations]
    .map((a) => ({ ...a, replies: [...a.replies].sort((x, y) => x.id.localeCompare(y.id)) }))
    .sort((x, y) => x.id.localeCompare(y.id));
}
