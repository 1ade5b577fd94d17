/**
 * A Gongdu process: Next's request handler and socket.io on one http server and one port. `npm run build` compiles
 * this file ahead of time (dist/server.mjs, run by `npm start`); `npm run dev` runs it with tsx.
 * Env: PORT (3000), HOST (0.0.0.0), DATABASE_URL (file:./data/gongdu.db, or postgresql://…), REDIS_URL (none:
 * one process only), NEXTAUTH_SECRET (made on first start). See README, "Running several processes".
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { ensureAuthSecret } from './lib/auth/secret';
import { CLIENT_ADDRESS_HEADER, clientAddress, isHttps } from './lib/http/proxy-trust';
import { answerClientError, checkRequest, securityHeaders } from './lib/http/request-guard';
import { databaseUrl } from './lib/db/config';
import { db } from './lib/db';
import { prepareDatabase } from './lib/db/prepare';
import { claimDatabase, DatabaseInUseError } from './lib/db/single-process';
import { beginStopping, begin, isStopping, waitIdle } from './lib/lifecycle';
import { log } from './lib/log';
import { closeRedisClient, redis, redisUrl } from './lib/redis';
import { attachRedisAdapter, type RedisAttachment } from './lib/realtime/redis';
import { attachRealtime } from './lib/realtime/server';
import { closeOrphanedAttendance } from './lib/services/sessions';

const dev = process.env.NODE_ENV !== 'production';
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
/** How long SIGTERM waits for in-flight requests and writes before closing anyway. */
const DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS ?? 10_000);

ensureAuthSecret();
// Behind no proxy, the Host header is the origin people used (a phone on the LAN, localhost…): trust it.
process.env.AUTH_TRUST_HOST ??= 'true';

// Migrations and the starting library are safe to run from several processes at once (locks, idempotent).
await prepareDatabase((line) => log('info', line));
let releaseDatabase: () => Promise<void>;
try {
  releaseDatabase = await claimDatabase(databaseUrl(), redisUrl() !== null);
} catch (error) {
  if (!(error instanceof DatabaseInUseError)) throw error;
  log('error', error.message);
  process.exit(1);
}
const app = next({ dev, hostname: host, port, turbopack: dev });
await app.prepare();
const handle = app.getRequestHandler();

/** For load balancers: 200 when the database (and Redis, if configured) answer, 503 otherwise or when stopping. */
async function health(res: ServerResponse) {
  const checks: Record<string, string> = {};
  const timeout = <T,>(p: Promise<T>) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))]);
  await Promise.all([
    timeout(db.$queryRawUnsafe('SELECT 1')).then(() => (checks.database = 'ok'), (e: Error) => (checks.database = `unreachable: ${e.message.split('\n')[0]}`)),
    redis()
      ? timeout(redis()!.ping()).then(() => (checks.redis = 'ok'), (e: Error) => (checks.redis = `unreachable: ${e.message}`))
      : (checks.redis = 'not configured'),
  ]);
  const ok = !isStopping() && checks.database === 'ok' && checks.redis !== undefined && !checks.redis.startsWith('unreachable');
  res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ ok, stopping: isStopping(), ...checks }));
}

const DRAIN_LIMIT_BYTES = 20 * 1024 * 1024;

function onRequest(req: IncomingMessage, res: ServerResponse) {
  // nginx sends its $request_id (deploy/nginx.conf); otherwise one is made here. Echoed back and logged.
  const incoming = req.headers['x-request-id'];
  const requestId = (typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) && incoming) || randomUUID();
  req.headers['x-request-id'] = requestId;
  res.setHeader('x-request-id', requestId);
  const started = performance.now();
  const done = begin();
  res.on('close', () => {
    done();
    if (process.env.LOG_REQUESTS !== '0') {
      log('info', 'request', { requestId, method: req.method, path: (req.url ?? '').split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - started) });
    }
  });
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']);
  const https = isHttps(req.socket.remoteAddress, 'encrypted' in req.socket && Boolean(req.socket.encrypted), req.headers['x-forwarded-proto']);
  for (const [name, value] of Object.entries(securityHeaders({ https, dev }))) res.setHeader(name, value);
  if (req.url === '/api/health') return void health(res);
  // Origin, content type, body size and path encoding are checked before Next reads anything (see the module).
  const refusal = checkRequest(req);
  if (!refusal) return void handle(req, res);
  const answer = () => {
    res.writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }), () => req.socket.destroySoon?.());
  };
  // A refused body up to what nginx itself lets through (deploy/nginx.conf: client_max_body_size) is read and dropped
  // before the answer: a connection closed with unread bytes in it is reset, and nginx, still writing the body,
  // then answered 502 instead of our 413 (door.test.ts, PostgreSQL pass). A bigger one, or one of unknown length, is
  // never read: its answer goes out at once and the connection closes (a 200 MB body costs nothing).
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > 0 && length <= DRAIN_LIMIT_BYTES) {
    req.once('end', answer).once('error', () => req.socket.destroy()).resume();
    return;
  }
  answer();
}

const httpServer = createServer(onRequest);
// An idle keep-alive connection is kept longer than a proxy keeps its own (nginx's upstream keepalive_timeout: 60 s).
// With Node's default of 5 s the server closed connections nginx was about to reuse — a 502 for a request that was
// never read — and under load the tests' own client met the same race ("other side closed").
httpServer.keepAliveTimeout = 65_000;
// headersTimeout stays at Node's 60 s, below keepAliveTimeout, on purpose. The advice that it must exceed
// keepAliveTimeout is from Node 10–12, whose headers clock ran from the end of the previous request, so an idle
// kept-alive connection was cut at headersTimeout (nodejs/node#27363, fixed by #32329 in 12.19 and 13.13; our
// engines start at 20.19). Since then the clock runs only while a request's headers are arriving, and Node's docs
// set no relation between the two (only headersTimeout ≤ requestTimeout, 300 s). Checked on node 20.20 with
// headersTimeout 1 s and keepAliveTimeout 5 s: a connection idle for 2 s (a stray CRLF after the last request or
// not) served its next request; idle past 5 s + Node's 1 s buffer it was closed, as it should be.
// A request Node cannot parse (headers past 16 KB, not HTTP): a JSON answer the client gets to read, not a reset.
httpServer.on('clientError', answerClientError);
const io = attachRealtime(httpServer);
let redisAttachment: RedisAttachment | undefined;
const url = redisUrl();
if (url) redisAttachment = await attachRedisAdapter(io, url);

// Presence lived in memory: attendance still open but held by no socket on any process (this one's before a crash
// or restart) ends now; members connected to other processes keep theirs.
const closed = await closeOrphanedAttendance(async () => {
  const sockets = await io.fetchSockets();
  return new Set(sockets.flatMap((s) => Object.values(s.data.sessions ?? {}).map((here) => here.attendanceId)));
});
if (closed) log('info', `attendance: closed ${closed} interval(s) left open`);

httpServer.listen(port, host, () => {
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  log('info', `Gongdu ready on http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`, { pid: process.pid });
});

/**
 * SIGTERM/SIGINT: stop accepting connections, drop the sockets (their clients reconnect, through a load balancer
 * to another process, and resend what was not acknowledged: every write is idempotent), let in-flight requests and
 * writes finish, then close Redis and the database and exit.
 */
async function shutdown(signal: string) {
  if (isStopping()) return;
  beginStopping();
  // Whatever still waits past the drain (a database that does not answer), the process ends: a supervisor is
  // waiting to start the next one.
  setTimeout(() => {
    log('error', 'shutdown: still not done, exiting anyway');
    process.exit(1);
  }, DRAIN_MS + 5_000).unref();
  log('info', `${signal}: shutting down`);
  httpServer.close();
  httpServer.closeIdleConnections();
  // The connections are closed without socket.io's "server disconnect" (after which a client stays away): the
  // clients see a lost connection and reconnect, through the load balancer, to another process.
  for (const socket of io.of('/').sockets.values()) socket.conn.close();
  const left = await waitIdle(DRAIN_MS);
  if (left) log('warn', `shutdown: ${left} request(s) still running after ${DRAIN_MS} ms`);
  httpServer.closeAllConnections();
  await redisAttachment?.close();
  const shared = redis();
  if (shared) await closeRedisClient(shared);
  await db.$disconnect().catch(() => undefined);
  await releaseDatabase();
  log('info', 'stopped');
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
