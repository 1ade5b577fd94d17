/**
 * Credentials that ended: a signed-in session or an API token. The realtime layer subscribes and closes the
 * sockets they opened (room `auth:<sessionId>` or `token:<tokenId>`), so a revoked credential stops writing at once
 * rather than at its socket's next reconnect. On globalThis: server.ts and Next's bundle may load this twice.
 */
export type Revocation = { kind: 'session' | 'token'; id: string };

type Listener = (revocation: Revocation) => void;
const listeners = ((globalThis as unknown as { __gongduRevocations?: Set<Listener> }).__gongduRevocations ??= new Set<Listener>());

export function subscribeRevocations(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishRevocation(revocation: Revocation): void {
  for (const listener of listeners) listener(revocation);
}

/** The socket room of a credential. */
export const credentialRoom = (r: Revocation) => (r.kind === 'session' ? `auth:${r.id}` : `token:${r.id}`);
