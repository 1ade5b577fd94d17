/** The starting library: the texts in content/texts, imported on every start (a no-op when unchanged). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { importText } from '../services/texts';

export const LIBRARY_DIR = path.resolve(process.cwd(), 'content/texts');

export async function seedLibrary(dir = LIBRARY_DIR): Promise<{ id: string; version: number; created: boolean }[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const results = [];
  for (const file of files) {
    const id = file.replace(/\.txt$/, '');
    results.push({ id, ...(await importText(id, readFileSync(path.join(dir, file), 'utf8'))) });
  }
  return results;
}
