// The worker pool's entry (lib/services/cpu-pool.ts); tinypool calls the export named by each job. Plain JS that
// registers tsx itself: node 20 does not apply `--import tsx` given in a worker's execArgv, so the TypeScript tasks
// are loaded through tsx's API instead. Not bundled by Next: the pool loads it from the source tree.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./cpu-tasks.ts');

export const importDocument = tasks.importDocument;
export const reanchor = tasks.reanchor;
export const readAnnotationFile = tasks.readAnnotationFile;
export const placeAnnotations = tasks.placeAnnotations;
export const buildExport = tasks.buildExport;
export const checkPasswordStrength = tasks.checkPasswordStrength;
