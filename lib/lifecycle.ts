/**
 * The process's life for graceful shutdown (server.ts): whether it is stopping, and the work in flight (HTTP
 * requests, socket requests) that SIGTERM lets finish before the database connection closes. On globalThis because
 * server.ts and Next's bundle may load this module twice (../shared/STYLE.md).
 */
const state = ((globalThis as unknown as { __gongduLife?: { stopping: boolean; inFlight: number; idle: Set<() => void> } }).__gongduLife ??= {
  stopping: false,
  inFlight: 0,
  idle: new Set(),
});

export function isStopping(): boolean {
  return state.stopping;
}

export function beginStopping(): void {
  state.stopping = true;
}

/** Counts `work` as in flight until it settles. */
export async function track<T>(work: () => Promise<T>): Promise<T> {
  state.inFlight++;
  try {
    return await work();
  } finally {
    if (--state.inFlight === 0) for (const resolve of state.idle) resolve();
  }
}

export function begin(): () => void {
  state.inFlight++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--state.inFlight === 0) for (const resolve of state.idle) resolve();
  };
}

/** Resolves when nothing is in flight (or after `timeoutMs`), with the number still running then. */
export async function waitIdle(timeoutMs: number): Promise<number> {
  if (state.inFlight === 0) return 0;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(finish, timeoutMs);
    function finish() {
      clearTimeout(timer);
      state.idle.delete(finish);
      resolve();
    }
    state.idle.add(finish);
  });
  return state.inFlight;
}
