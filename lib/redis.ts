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
