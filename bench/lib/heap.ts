/** Reads the heap of a process started with bench/heap-probe.cjs preloaded (after a full collection). */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sleep } from './stats';

export function heapProbe() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gongdu-heap-')), 'heap.json');
  return {
    nodeArgs: ['--expose-gc', '--require', path.join(import.meta.dirname, '../heap-probe.cjs')],
    env: { BENCH_HEAP_FILE: file },
    /** heapUsed in MB after a full collection */
    async read(pid: number): Promise<number> {
      rmSync(file, { force: true });
      process.kill(pid, 'SIGUSR2');
      for (let i = 0; i < 200 && !existsSync(file); i++) await sleep(50);
      await sleep(50);
      return JSON.parse(readFileSync(file, 'utf8')).heapUsed / 2 ** 20;
    },
  };
}
