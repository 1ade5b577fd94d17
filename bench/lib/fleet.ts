/** The parent's side of bench/lib/receivers.ts: forks receiver processes, fixes their clock offsets, drives them. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ReceiverCommand } from './receivers';
import { clock } from './stats';

export class Receiver {
  // Replies by request id: a long `connect` may still be running when a `stats` is asked and answered.
  private waiting = new Map<number, (x: any) => void>();
  private nextId = 0;
  private constructor(readonly child: ChildProcess) {
    child.on('message', (x: { id?: number; value?: unknown } | null) => {
      if (typeof x?.id !== 'number') return; // not ours (a loader may use the same channel)
      this.waiting.get(x.id)?.(x.value);
      this.waiting.delete(x.id);
    });
  }

  static async start(): Promise<Receiver> {
    const child = fork(path.join(import.meta.dirname, 'receivers.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const r = new Receiver(child);
    // Clock offset from the round trip with the smallest delay (NTP's rule).
    let best = { rtt: Infinity, offset: 0 };
    for (let i = 0; i < 20; i++) {
      const t0 = clock();
      const { now } = await r.send({ cmd: 'ping' });
      const t1 = clock();
      if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: now - (t0 + t1) / 2 };
    }
    await r.send({ cmd: 'offset', offset: best.offset });
    return r;
  }

  send(command: ReceiverCommand): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ id, command });
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ cmd: 'close' });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    this.child.kill();
  }
}

/** Several receiver processes, each holding up to `perProcess` clients. */
export async function startFleet(clients: number, perProcess = 500): Promise<Receiver[]> {
  return Promise.all(Array.from({ length: Math.max(1, Math.ceil(clients / perProcess)) }, () => Receiver.start()));
}

/** Splits `items` into `parts` contiguous slices, as evenly as possible. */
export function split<T>(items: T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}
