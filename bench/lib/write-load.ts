/**
 * The load generator of bench/write.ts, in its own process (so its CPU is not the server's): WRITERS socket.io
 * clients, each keeping INFLIGHT writes outstanding for DURATION ms, a mix of 60 % annotation creates, 25 % replies
 * and 15 % reactions on annotations written before. Reports the acknowledgement times and errors.
 */
import { randomUUID } from 'node:crypto';
import { RealtimeClient } from '../../lib/realtime/client';
import { clock } from './stats';

export interface LoadSpec {
  url: string;
  tokens: string[];
  groupId: string;
  sessionId: string;
  paragraphs: { id: string; text: string }[];
  durationMs: number;
  inflight: number;
}

process.on('message', async (spec: LoadSpec | null) => {
  if (!spec?.tokens) return; // not ours (a loader may use the same channel)
  const writers = await Promise.all(
    spec.tokens.map(async (token) => {
      const c = new RealtimeClient(spec.url, { auth: { token } });
      await new Promise<void>((r) => c.socket.once('connect', () => r()));
      return c;
    }),
  );
  const acks: number[] = [];
  const counts = { create: 0, reply: 0, reaction: 0 };
  let errors = 0;
  const firstError: string[] = [];
  const recent: string[] = [];
  let n = 0;
  const end = clock() + spec.durationMs;
  const one = async (w: RealtimeClient) => {
    const i = n++;
    const r = i % 20;
    const t0 = clock();
    try {
      if (r < 12 || recent.length < 10) {
        const b = spec.paragraphs[i % spec.paragraphs.length];
        const start = i % Math.max(1, Array.from(b.text).length - 8);
        const id = randomUUID();
        await w.request('annotation:create', { id, groupId: spec.groupId, sessionId: spec.sessionId, blockId: b.id, start, end: start + 6, exact: Array.from(b.text).slice(start, start + 6).join(''), kind: 'key', note: '这一句说到了点子上：群众路线不是口号，而是工作方法。'.repeat(3) });
        recent.push(id);
        if (recent.length > 200) recent.shift();
        counts.create++;
      } else if (r < 17) {
        await w.request('reply:create', { annotationId: recent[i % recent.length], id: randomUUID(), body: '同意，我们小组讨论时也有同样的体会，尤其是“从群众中来，到群众中去”。' });
        counts.reply++;
      } else {
        await w.request('reaction:set', { targetType: 'annotation', targetId: recent[i % recent.length], kind: 'agree', active: i % 2 === 0 });
        counts.reaction++;
      }
      acks.push(clock() - t0);
    } catch (error) {
      errors++;
      if (firstError.length < 3) firstError.push(String((error as Error).message));
    }
  };
  const started = clock();
  await Promise.all(
    writers.flatMap((w) =>
      Array.from({ length: spec.inflight }, async () => {
        while (clock() < end) await one(w);
      }),
    ),
  );
  const elapsed = clock() - started;
  for (const w of writers) w.close();
  process.send!({ acks, errors, firstError, counts, elapsedMs: elapsed });
  setTimeout(() => process.exit(0), 100);
});
