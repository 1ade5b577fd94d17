/** Starts bench/relay-server.mjs (the bare ws and socket.io relays) in its own process. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export async function startRelay(opts: { nodeArgs?: string[]; env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), path.join(import.meta.dirname, '../relay-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...opts.env } });
  const ports = await new Promise<{ ws: number; sio: number }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /ports ws (\d+) sio (\d+)/.exec(out);
      if (m) resolve({ ws: Number(m[1]), sio: Number(m[2]) });
    });
    child.on('exit', (code) => reject(new Error(`relay exited with ${code}`)));
  });
  return { child, wsUrl: `ws://127.0.0.1:${ports.ws}`, sioUrl: `http://127.0.0.1:${ports.sio}`, stop: () => void child.kill() };
}
