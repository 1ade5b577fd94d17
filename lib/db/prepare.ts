/** Start-up: create and migrate the database (SQLite or PostgreSQL), then import the starting library. */
import { databaseUrl } from './config';
import { migrateDatabase } from './migrate';
import { seedLibrary } from './seed';

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const applied = await migrateDatabase(databaseUrl());
  if (applied.length) log(`database: applied ${applied.length} migration(s): ${applied.join(', ')}`);
  const seeded = await seedLibrary();
  const created = seeded.filter((s) => s.created);
  if (created.length) log(`library: imported ${created.map((s) => `${s.id} v${s.version}`).join(', ')}`);
}
