/**
 * REDIS_URL → socket.io's Redis adapter, so a broadcast on one Gongdu process reaches sockets on every other one,
 * and cluster-wide operations (presence questions between processes, socketsLeave when a member is removed) span
 * them all.
 *
 * Why the pub/sub adapter (@socket.io/redis-adapter) and not the streams one: the streams adapter keeps recent
 * broadcasts in a Redis stream so that a process briefly cut off from Redis can resume where it was; but Redis here
 * keeps nothing on disk, so a Redis restart loses the stream anyway, and every process pays for it on each
 * broadcast (XADD into a capped stream, a blocking XREAD loop per process, the stream's memory). Gongdu already has
 * a durable, ordered log — the database's event table — that clients catch up from by sequence number. So
 * broadcasts ride plain PUBLISH (nothing stored in Redis), and when a process's Redis connection comes back after
 * an outage (broadcasts may have been lost meanwhile, in either direction) it tells every socket of every process
 * `stream:stale`: the clients catch up exactly from the database and join their live sessions again
 * (lib/realtime/client.ts). The sockets stay connected: no reconnection storm, no handshakes to redo.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient, type RedisClientType } from 'redis';
import { log } from '../log';
import { closeRedisClient, logRedisError, redisPrefix } from '../redis';
import { shareClusterPresence } from './presence';
import type { GongduIo } from './server';

/**
 * How long after Redis is back before the notice goes out, so that the other processes' subscribers are back too
 * (a process whose subscriber comes back later sends its own notice, which its own sockets always get).
 */
const RESYNC_DELAY_MS = 500;

export interface RedisAttachment {
  pub: RedisClientType;
  sub: RedisClientType;
  close: () => Promise<void>;
}

export async function attachRedisAdapter(io: GongduIo, url: string): Promise<RedisAttachment> {
  // A generous connect timeout: a busy machine can take seconds to accept a connection.
  const pub = createClient({ url, socket: { connectTimeout: 20_000 } }) as RedisClientType;
  const sub = pub.duplicate();
  let outage = false;
  let resync: NodeJS.Timeout | undefined;
  for (const [name, client] of [['pub', pub], ['sub', sub]] as const) {
    client.on('error', (error: Error) => {
      outage = true;
      logRedisError(`adapter-${name}`, error);
    });
    client.on('ready', () => {
      if (!outage || !pub.isReady || !sub.isReady) return;
      outage = false;
      clearTimeout(resync);
      resync = setTimeout(() => {
        // To every process's sockets, not only this one's: while this process was cut off, what it published was
        // lost for the others' sockets too (an outage of this process's connection alone, the others unaware).
        log('info', 'redis back: telling every socket to catch up', { localSockets: io.of('/').sockets.size });
        io.emit('stream:stale');
      }, RESYNC_DELAY_MS);
    });
  }
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { key: `${redisPrefix()}:socket.io` }));
  shareClusterPresence(io);
  return {
    pub,
    sub,
    close: async () => {
      clearTimeout(resync);
      await Promise.all([closeRedisClient(pub), closeRedisClient(sub)]);
    },
  };
}
