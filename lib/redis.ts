/**
 * The process's Redis connection when REDIS_URL is set (else null): shared rate-limit counters and, in
 * lib/realtime/redis.ts, the socket.io adapter's own pair. One per process, on globalThis, because server.ts and
 * Next's bundle may load this module twice (../shared/STYLE.md).
 */
import { createClient, type RedisClientType } from 'redis';
import { log } from './log';

export function redisUrl(): string | null {
  return process.env.REDIS_URL || null;
}

/** Prefix of every key and channel Gongdu uses, so several deployments (or test servers) can share one Redis. */
export function redisPrefix(): string {
  return process.env.REDIS_KEY_PREFIX || 'gongdu';
}

/**
 * How long a process may trust what it cached of a credential, a role or a session's state. Alone on its database
 * (no REDIS_URL), every change is made by this process, which forgets the entry at once: `ms` is safe. With
 * REDIS_URL several processes share the database, and another one may have made the change and answered already
 * (a sign-out, a removal, a promotion, a start): the very next request, wherever the load balancer sends it, must
 * see it, so nothing is trusted from memory. The price is a primary-key read per check (measured in BENCHMARKS.md).
 */
export function sharedStateTtl(ms: number): number {
  return redisUrl() ? 0 : ms;
}

const globalForRedis = globalThis as unknown as { __gongduRedis?: RedisClientType };

/** A connected-or-connecting client; commands issued while it (re)connects wait in its queue. */
export function redis(): RedisClientType | null {
  const url = redisUrl();
  if (!url) return null;
  if (!globalForRedis.__gongduRedis) {
    const client = createClient({ url, socket: { connectTimeout: 20_000 } }) as RedisClientType;
    // Without a listener an 'error' (Redis restarting) would crash the process; the client reconnects by itself.
    client.on('error', (error: Error) => logRedisError('shared', error));
    void client.connect().catch((error: Error) => logRedisError('shared', error));
    globalForRedis.__gongduRedis = client;
  }
  return globalForRedis.__gongduRedis;
}

const lastLogged = new Map<string, number>();
/** Logs a Redis connection error at most every 5 s per client, so an outage does not flood the log. */
export function logRedisError(which: string, error: Error): void {
  const now = Date.now();
  if (now - (lastLogged.get(which) ?? 0) < 5_000) return;
  lastLogged.set(which, now);
  log('error', 'redis', { client: which, error: error.message });
}

/**
 * Closes a client for a shutdown: lets its pending commands finish for up to `ms`, then drops the connection. With
 * Redis unreachable, close() alone would wait for a reconnection that may never come, and the process would never
 * exit (the graceful shutdown hung exactly so).
 */
export async function closeRedisClient(client: RedisClientType, ms = 1_000): Promise<void> {
  if (!client.isOpen) return;
  let timer: NodeJS.Timeout | undefined;
  const closed = client.isReady ? client.close().then(() => true, () => false) : Promise.resolve(false);
  const inTime = await Promise.race([closed, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
  clearTimeout(timer);
  if (!inTime && client.isOpen) client.destroy();
}

const LOCK_TTL_MS = 60_000;
const IF_MINE = (then: string) => `if redis.call('get', KEYS[1]) == ARGV[1] then return ${then} else return 0 end`;

/**
 * Runs `work` while holding a lock shared by every process on this Redis (`key` under the deployment's prefix),
 * waiting for it first. Without REDIS_URL there is one process and this is `work()`; callers keep their own
 * in-process queue. The lock expires a minute after its holder last renewed it (every 20 s), so a process killed
 * while holding it stops blocking the others. If Redis is unreachable the work runs unlocked: what it guards must
 * stay correct without the lock (imports: each item's id is derived from the file, so it is stored once) — the
 * lock only makes the outcome tidy (one import does it all, the other finds it done).
 */
export async function withSharedLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const client = redis();
  if (!client) return work();
  const name = `${redisPrefix()}:lock:${key}`;
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  let held = false;
  try {
    const giveUpAt = Date.now() + LOCK_TTL_MS * 5;
    while (!(held = (await client.set(name, token, { condition: 'NX', expiration: { type: 'PX', value: LOCK_TTL_MS } })) === 'OK')) {
      if (Date.now() > giveUpAt) throw new Error(`lock ${key} not acquired in ${(LOCK_TTL_MS * 5) / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    logRedisError('lock', error as Error);
    held = false;
  }
  if (!held) return work();
  const renew = setInterval(() => void client.eval(IF_MINE(`redis.call('pexpire', KEYS[1], ${LOCK_TTL_MS})`), { keys: [name], arguments: [token] }).catch(() => undefined), LOCK_TTL_MS / 3);
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await client.eval(IF_MINE("redis.call('del', KEYS[1])"), { keys: [name], arguments: [token] }).catch(() => undefined);
  }
}
