/**
 * Moves a Gongdu database from SQLite to PostgreSQL (or between any two URLs Gongdu runs on):
 *   npm run db:copy -- --from file:./data/gongdu.db --to postgresql://gongdu@db/gongdu
 * Both are migrated to the current schema first; the target must be empty. Every table is copied in pages through
 * the two Prisma clients (so dates, booleans and ids keep their meaning), in an order that satisfies the foreign
 * keys; the search index is rebuilt on the target from the copied items. Then it verifies: the row count of every
 * table, and a sample of records (the first and last rows and some in between) compared field by field.
 * Stop Gongdu while copying: writes made meanwhile would not be copied.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { isPostgresUrl } from '../lib/db/config';
import { PrismaClient as PostgresClient } from '../lib/db/generated/postgres/client';
import { PrismaClient as SqliteClient } from '../lib/db/generated/sqlite/client';
import { migrateDatabase } from '../lib/db/migrate';
import { toIndexWords, toTsvector } from '../lib/domain/search-text';

/** Every model, parents before children; a model missing here fails the copy (and its test). */
const MODELS: { name: string; key: string[] }[] = [
  { name: 'User', key: ['id'] },
  { name: 'ApiToken', key: ['id'] },
  { name: 'AuthSession', key: ['id'] },
  { name: 'Group', key: ['id'] },
  { name: 'Membership', key: ['id'] },
  { name: 'Text', key: ['id'] },
  { name: 'TextVersion', key: ['id'] },
  { name: 'Block', key: ['id'] },
  { name: 'StudySession', key: ['id'] },
  { name: 'Annotation', key: ['id'] },
  { name: 'Comment', key: ['id'] },
  { name: 'Event', key: ['id'] },
  { name: 'Attendance', key: ['id'] },
  { name: 'Reaction', key: ['id'] },
  { name: 'Notification', key: ['id'] },
  { name: 'ReadingVisit', key: ['userId', 'groupId', 'textId'] },
  { name: 'SearchDoc', key: ['id'] },
];
const PAGE = 1000;
const SAMPLE = 25;

type Row = Record<string, unknown>;
interface Delegate {
  count(): Promise<number>;
  findMany(args: { orderBy: Row[]; skip?: number; take: number; cursor?: Row }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
}
type Client = { $disconnect(): Promise<void>; $executeRawUnsafe(sql: string, ...args: unknown[]): Promise<number> } & Record<string, unknown>;

function open(url: string): Client {
  if (isPostgresUrl(url)) return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Client;
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 10_000 }) }) as unknown as Client;
}
const delegate = (client: Client, model: string) => client[model[0].toLowerCase() + model.slice(1)] as Delegate;
const orderBy = (key: string[]) => key.map((k) => ({ [k]: 'asc' }));

async function copyTable(from: Client, to: Client, model: { name: string; key: string[] }): Promise<number> {
  let copied = 0;
  for (let skip = 0; ; skip += PAGE) {
    // Paged by offset over the key order: the source is not written to during the copy.
    const rows = await delegate(from, model.name).findMany({ orderBy: orderBy(model.key), skip, take: PAGE });
    if (!rows.length) return copied;
    copied += (await delegate(to, model.name).createMany({ data: rows })).count;
  }
}

/** The search table, rebuilt from the copied SearchDoc rows with the target engine's own representation. */
async function rebuildSearch(to: Client, postgres: boolean): Promise<number> {
  let n = 0;
  for (let skip = 0; ; skip += PAGE) {
    const docs = (await delegate(to, 'SearchDoc').findMany({ orderBy: [{ id: 'asc' }], skip, take: PAGE })) as { id: number; groupId: string; commentId: string | null; quote: string; body: string }[];
    if (!docs.length) break;
    for (const d of docs) {
      // As lib/services/search-index.ts indexes them: an annotation's quote and note, a comment's body.
      const text = d.commentId ? d.body : `${d.quote}\n${d.body}`;
      if (postgres) await to.$executeRawUnsafe('INSERT INTO search_fts (rowid, words) VALUES ($1, $2::tsvector)', d.id, toTsvector(text, [`#g:${d.groupId}`]));
      else await to.$executeRawUnsafe('INSERT INTO search_fts (rowid, scope, words) VALUES (?, ?, ?)', d.id, `g${d.groupId}`, toIndexWords(text));
      n++;
    }
  }
  // SearchDoc ids were copied as they were: the sequence continues after the largest.
  if (postgres) await to.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"SearchDoc"', 'id'), COALESCE((SELECT MAX(id) FROM "SearchDoc"), 0) + 1, false)`);
  return n;
}

/** Rows at evenly spread positions of the key order, from both sides, compared field by field. */
async function sampleDiffers(from: Client, to: Client, model: { name: string; key: string[] }, count: number): Promise<string | null> {
  const positions = [...new Set(Array.from({ length: Math.min(SAMPLE, count) }, (_, i) => Math.floor((i * (count - 1)) / Math.max(1, Math.min(SAMPLE, count) - 1))))];
  for (const skip of positions) {
    const [a] = await delegate(from, model.name).findMany({ orderBy: orderBy(model.key), skip, take: 1 });
    const [b] = await delegate(to, model.name).findMany({ orderBy: orderBy(model.key), skip, take: 1 });
    if (!isDeepStrictEqual(a, b)) return `${model.name} row ${skip}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  }
  return null;
}

export async function copyDatabase(fromUrl: string, toUrl: string, log: (line: string) => void = console.log): Promise<{ counts: Record<string, number>; search: number }> {
  const declared = [...readFileSync('prisma/schema.prisma', 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
  const missing = declared.filter((m) => !MODELS.some((x) => x.name === m));
  if (missing.length) throw new Error(`db:copy does not know how to copy ${missing.join(', ')}: add them to MODELS in scripts/db-copy.ts`);

  await migrateDatabase(fromUrl);
  await migrateDatabase(toUrl);
  const from = open(fromUrl);
  const to = open(toUrl);
  try {
    for (const model of MODELS) {
      if (await delegate(to, model.name).count()) throw new Error(`the target is not empty (${model.name} has rows): copy into a new database`);
    }
    const counts: Record<string, number> = {};
    for (const model of MODELS) {
      const started = Date.now();
      counts[model.name] = await copyTable(from, to, model);
      log(`${model.name.padEnd(14)} ${String(counts[model.name]).padStart(8)} rows  ${Date.now() - started} ms`);
    }
    const search = await rebuildSearch(to, isPostgresUrl(toUrl));
    log(`${'search index'.padEnd(14)} ${String(search).padStart(8)} items`);

    const problems: string[] = [];
    for (const model of MODELS) {
      const [a, b] = [await delegate(from, model.name).count(), await delegate(to, model.name).count()];
      if (a !== b) problems.push(`${model.name}: ${a} rows in the source, ${b} in the target`);
      else {
        const differs = await sampleDiffers(from, to, model, a);
        if (differs) problems.push(differs);
      }
    }
    if (search !== counts.SearchDoc) problems.push(`search index: ${search} items for ${counts.SearchDoc} documents`);
    if (problems.length) throw new Error(`verification failed:\n${problems.join('\n')}`);
    log(`verified: every table's count, and ${SAMPLE} sampled records per table, field by field`);
    return { counts, search };
  } finally {
    await Promise.all([from.$disconnect(), to.$disconnect()]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    console.error('usage: npm run db:copy -- --from <file:… or postgresql://…> --to <postgresql://… or file:…>');
    process.exit(2);
  }
  copyDatabase(values.from, values.to).then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
