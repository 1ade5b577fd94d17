/**
 * `npm run bench:search`: search latency over a group with 100k and 1M stored comments on SQLite, through the real
 * search service (lib/services/search.ts: FTS5 with CJK characters as single tokens), beside a same-run baseline:
 * the naive `LIKE '%q%'` scan over the same rows. Queries of one, two and three Chinese characters, an English
 * word, and a two-term mixed query; first page (20 hits) with the capped count, as the search page asks.
 *
 * Rows are written straight into SearchDoc/search_fts with the same indexing function the services use (going
 * through the services for 1M comments would measure argon2 and HTTP, not search).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { toIndexWords } from '../lib/domain/search-text';
import { migrateSqlite } from '../lib/db/migrate';
import { printTable, report, summarise, type ResultRow } from './lib/stats';

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const QUERIES = ['学', '群众', '生命线', 'annotation', '群众 路线'];

const dir = mkdtempSync(path.join(tmpdir(), 'gongdu-bench-search-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`;

/** Sentences of the starting library, to make comments that read like the real ones. */
const sentences = ['mass-line-guide.txt', 'mass-line-study-reader.txt']
  .flatMap((f) => readFileSync(path.join(import.meta.dirname, '../content/texts', f), 'utf8').split(/[。！？\n]/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 6);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
function comment(i: number): string {
  const base = Array.from(pick(sentences));
  const from = Math.floor(rand() * Math.max(1, base.length - 10));
  const text = base.slice(from, from + 10 + Math.floor(rand() * 50)).join('');
  return i % 50 === 0 ? `${text} — my annotation in English` : text; // 2% mixed-language comments
}

function fill(raw: Database.Database, groupId: string, userId: string, from: number, to: number) {
  const doc = raw.prepare('INSERT INTO "SearchDoc" (key, groupId, commentId, authorId, kind, isPrivate, isHidden, quote, body, createdAt) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?)');
  const fts = raw.prepare('INSERT INTO search_fts (rowid, scope, words) VALUES (?, ?, ?)');
  const insert = raw.transaction((a: number, b: number) => {
    for (let i = a; i < b; i++) {
      const body = comment(i);
      const quote = pick(sentences);
      const { lastInsertRowid } = doc.run(`c:bench${i}`, groupId, `bench${i}`, userId, 'key', quote, body, new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString().replace('Z', '+00:00'));
      fts.run(lastInsertRowid, `g${groupId}`, toIndexWords(body));
    }
  });
  for (let a = from; a < to; a += 50_000) insert(a, Math.min(to, a + 50_000));
}

migrateSqlite(process.env.DATABASE_URL);
const raw = new Database(path.join(dir, 'bench.db'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = NORMAL');
const groupId = 'benchgroup0001';
const userId = 'benchuser00001';
raw.prepare('INSERT INTO "User" (id, email, name, passwordHash) VALUES (?, ?, ?, ?)').run(userId, 'bench@example.test', '压测', 'x');
raw.prepare('INSERT INTO "Group" (id, name, joinCode) VALUES (?, ?, ?)').run(groupId, '压测小组', 'BENCH001');
raw.prepare('INSERT INTO "Membership" (id, groupId, userId, role) VALUES (?, ?, ?, ?)').run('benchmember01', groupId, userId, 'owner');

const { searchGroup } = await import('../lib/services/search');
const likeStmt = raw.prepare(`SELECT id, body FROM "SearchDoc" WHERE groupId = ? AND (body LIKE ? OR quote LIKE ?) ORDER BY id DESC LIMIT 20`);

const rows: (string | number)[][] = [];
const resultRows: ResultRow[] = [];
let filled = 0;
for (const size of SIZES) {
  const t0 = performance.now();
  fill(raw, groupId, userId, filled, size);
  filled = size;
  const buildSeconds = (performance.now() - t0) / 1000;
  for (const q of QUERIES) {
    const fts: number[] = [];
    const like: number[] = [];
    let hits = 0;
    for (let r = 0; r < RUNS; r++) {
      let s = performance.now();
      const result = await searchGroup(userId, groupId, { q, type: 'all', page: 1, pageSize: 20 });
      fts.push(performance.now() - s);
      hits = result.total;
      // The baseline: the naive scan, first term only (what LIKE can do), same page size.
      const term = `%${q.split(' ')[0]}%`;
      s = performance.now();
      likeStmt.all(groupId, term, term);
      like.push(performance.now() - s);
    }
    const a = summarise(fts);
    const b = summarise(like);
    resultRows.push({ bench: 'search', case: `${size.toLocaleString('en')} comments, "${q}" (in-process)`, metric: 'p95', unit: 'ms', values: [a.p95], baseline: { name: 'LIKE scan', values: [b.p95] }, target: '≤ 100 ms', met: a.p95 <= 100 });
    rows.push([size.toLocaleString('en'), `"${q}"`, `${hits}${hits >= 1000 ? '+' : ''}`, a.p50, a.p95, b.p50, b.p95, (a.p50 / b.p50).toFixed(2)]);
  }
  console.log(`filled ${size.toLocaleString('en')} comments in ${buildSeconds.toFixed(1)} s (index included)`);
}
console.log(`\nSearch, first page of 20 with count (capped at 1000), ${RUNS} runs each, ms\n`);
printTable(['comments', 'query', 'hits', 'FTS p50', 'FTS p95', 'LIKE p50', 'LIKE p95', 'FTS/LIKE'], rows);
report('search', `Search (service, in-process), first page of 20, ${RUNS} runs per query`, resultRows);
raw.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
