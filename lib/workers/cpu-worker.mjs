// The worker pool's entry (lib/services/cpu-pool.ts); tinypool calls the export named by each job. Plain JS that
// registers tsx itself: node 20 does not apply `--import tsx` given in a worker's execArgv, so the TypeScript tasks
// are loaded through tsx's API instead. Not bundled by Next: the pool loads it from the source tree.
import { setPriority } from 'node:os';
import { register } from 'tsx/esm/api';

// The pool's jobs give way to the event loop: a 2 MB import is CPU for tens of seconds, and on a 2-core machine it
// competed with the main thread for a core while other users' requests waited. On Linux, setpriority for "this
// process" (0) sets the calling thread's nice value only (threads are scheduled one by one; checked in
// /proc/<pid>/task/*/stat), so the main thread keeps its priority. Elsewhere it may lower the whole process, so
// only Linux. GONGDU_WORKER_NICE=0 turns it off.
const NICE = Number(process.env.GONGDU_WORKER_NICE ?? 19);
if (process.platform === 'linux' && NICE > 0) {
  try {
    setPriority(0, NICE);
  } catch {
    // not allowed here (a container without the capability to change it): the pool works as before
  }
}

register();
const tasks = await import('./cpu-tasks.ts');

export const importDocument = tasks.importDocument;
export const reanchor = tasks.reanchor;
export const readAnnotationFile = tasks.readAnnotationFile;
export const placeAnnotations = tasks.placeAnnotations;
export const buildExport = tasks.buildExport;
export const checkPasswordStrength = tasks.checkPasswordStrength;
