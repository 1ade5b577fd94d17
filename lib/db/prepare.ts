/** Start-up: create and migrate the database, then import the starting library. */
import { databaseUrl, isPostgresUrl } from './config';
import { migrateSqlite } from './migrate';
import { seedLibrary } from './seed';

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const url = databaseUrl();
  if (isPostgresUrl(url)) throw new Error('PostgreSQL support arrives with the scale-out issue; use a file: URL for now');
  const applied = migrateSqlite(url);
  if (applied.length) log(`database: applied ${applied.length} migration(s): ${applied.join(', ')}`);
  const seeded = await seedLibrary();
  const created = seeded.filter((s) => s.created);
  if (created.length) log(`library: imported ${created.map((s) => `${s.id} v${s.version}`).join(', ')}`);
}
