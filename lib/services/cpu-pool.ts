/**
 * The worker pool for CPU-heavy jobs (lib/workers/cpu-tasks.ts): importing an uploaded text and re-anchoring
 * annotations into a revision. On the event loop, a 2 MB upload held every other user's request for as long as it
 * took; in a worker thread they are answered meanwhile.
 *
 * tinypool (zero dependencies, the pool vitest runs on) rather than hand-rolled worker_threads: it brings the task
 * queue, a bounded queue length, abort by signal (the stuck worker is terminated and replaced) and per-worker
 * memory limits, which are the parts that matter against abuse and are easy to get subtly wrong by hand.
 *
 * The pool lives on globalThis: Next's bundle and server.ts may load this module twice (../shared/STYLE.md).
 */
import path from 'node:path';
import Tinypool from 'tinypool';
import type { AnnotationFileOutcome, ExportTask, ImportOutcome, ImportTask, PlacementJob, placeAnnotations } from '../workers/cpu-tasks';
import type { ReanchorResult } from '../domain/reanchor';
import { ServiceError } from './errors';

/** One thread: the machines have 2 cores, and the event loop needs the other one to keep answering. */
const MAX_THREADS = Number(process.env.CPU_POOL_THREADS ?? 1);
/** Jobs waiting beyond this are refused (503) rather than queued for minutes. */
const MAX_QUEUE = 32;
/** A job still running after this is stopped (its worker terminated): no input we accept needs as long. */
const TASK_TIMEOUT_MS = Number(process.env.CPU_TASK_TIMEOUT_MS ?? 60_000);
/** A 2 MB upload reads into well under this; a runaway job is killed by V8 rather than taking the host's memory. */
const WORKER_HEAP_MB = 512;

const holder = globalThis as unknown as { gongduCpuPool?: Tinypool };

function pool(): Tinypool {
  holder.gongduCpuPool ??= new Tinypool({
    // The entry in the source tree (it loads the TypeScript tasks through tsx, like server.ts). The path comes
    // from the working directory (the project root, where server.ts is started), not from this module's URL,
    // which points into Next's build output when bundled.
    filename: path.join(process.cwd(), 'lib/workers/cpu-worker.mjs'),
    minThreads: 0,
    maxThreads: MAX_THREADS,
    maxQueue: MAX_QUEUE,
    // A worker costs ~2 s to start (tsx compiles the tasks): keep it a while after a job.
    idleTimeout: 120_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return holder.gongduCpuPool;
}

async function run<T>(name: string, task: unknown): Promise<T> {
  const signal = AbortSignal.timeout(TASK_TIMEOUT_MS);
  try {
    return (await pool().run(task, { name, signal })) as T;
  } catch (error) {
    if (signal.aborted) throw new ServiceError(422, 'too_complex', '文件处理超时 / the file took too long to read', 'file');
    if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new ServiceError(503, 'busy', 'the server is busy reading other files: try again in a minute');
    if (error instanceof Error && /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(`${(error as { code?: string }).code} ${error.message}`)) {
      throw new ServiceError(422, 'too_complex', '文件过于复杂 / the file needs too much memory to read', 'file');
    }
    throw error;
  }
}

/** Reads a text into blocks in the pool. */
export function importDocumentOffThread(task: ImportTask): Promise<ImportOutcome> {
  return run('importDocument', task);
}

/** Re-anchors annotations into a revision in the pool. */
export function reanchorOffThread(...args: Parameters<typeof import('../domain/reanchor').reanchorAnnotations>): Promise<ReanchorResult[]> {
  return run('reanchor', args);
}

/** Reads and checks an uploaded annotation export (JSON text) in the pool. */
export function readAnnotationFileOffThread(jsonText: string): Promise<AnnotationFileOutcome> {
  return run('readAnnotationFile', jsonText);
}

/** Places imported quotes in their blocks in the pool. */
export function placeAnnotationsOffThread(jobs: PlacementJob[]): Promise<ReturnType<typeof placeAnnotations>> {
  return run('placeAnnotations', jobs);
}

/** Builds an export file's body in the pool. */
export async function buildExportOffThread(task: ExportTask): Promise<Buffer> {
  const bytes = await run<Uint8Array>('buildExport', task);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Whether a new password is hard enough to guess (zxcvbn), in the pool. */
export function isStrongPasswordOffThread(password: string, userInputs: string[]): Promise<boolean> {
  return run('checkPasswordStrength', { password, userInputs });
}
