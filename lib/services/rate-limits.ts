/**
 * Every rate limiter in one place (rate-limiter-flexible), so the store can be switched in one spot: in memory for
 * one process; with REDIS_URL `createLimiter` makes RateLimiterRedis and every limit counted per user or address
 * becomes shared by all processes (the socket limits stay in each process's memory: they are asked on every
 * message). Limits that tests tighten come from the environment. On globalThis: server.ts and Next's bundle load this
 * module separately and must count in the same place.
 *
 * Sign-in follows the library's documented login pattern (wiki "Brute-force protection Node.js examples"): only
 * failures count, per account-and-address (a few consecutive failures) and per address (many, over a day); a
 * success clears the account-and-address count. So an attacker cannot lock a bystander out from another address,
 * and rotating X-Forwarded-For changes nothing unless it comes from a trusted proxy (lib/http/proxy-trust.ts).
 */
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { redis, redisPrefix } from '../redis';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DAY = 24 * 60 * 60;

/**
 * In Redis when REDIS_URL is set (one count for every process), else in this process's memory. While Redis is
 * unreachable (restarting), a limit counts in this process's memory instead of waiting for Redis or failing the
 * request: a limit a few times looser for a moment is better than sign-in and joining failing outright.
 */
function createLimiter(opts: { keyPrefix: string; points: number; duration: number; blockDuration?: number }): RateLimiterAbstract {
  const client = redis();
  if (!client) return new RateLimiterMemory(opts);
  return new RateLimiterRedis({
    ...opts,
    keyPrefix: `${redisPrefix()}:${opts.keyPrefix}`,
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(opts),
  });
}

/**
 * Points per key per second (a fixed window from the key's first message, as RateLimiterMemory counts), in this
 * process's memory, answered synchronously. The socket message guard (lib/realtime/flood-guard.ts) needs its answer
 * before it looks at the next message: the messages of one network read (up to 64 KB: hundreds of small ones) are
 * dispatched in one go, and rate-limiter-flexible answers with a promise, which settles only after all of them have
 * been dispatched, each with its own pending check.
 */
export class SecondBudget {
  private windows = new Map<string, { ends: number; spent: number }>();
  private sweepAt = 0;
  constructor(readonly points: number) {}

  /** Spends `points` for `key` (spent even when over, as the library does): 0 if within the budget, else ms until it refills. */
  spend(key: string, points: number, now = Date.now()): number {
    let window = this.windows.get(key);
    if (!window || now >= window.ends) {
      this.sweep(now);
      this.windows.set(key, (window = { ends: now + 1000, spent: 0 }));
    }
    window.spent += points;
    return window.spent <= this.points ? 0 : Math.max(1, window.ends - now);
  }

  /** Forgets ended windows, at most once a second (a socket's key is never used again once it closes). */
  private sweep(now: number) {
    if (now < this.sweepAt) return;
    this.sweepAt = now + 1000;
    for (const [key, window] of this.windows) if (now >= window.ends) this.windows.delete(key);
  }
}

function createLimiters() {
  return {
    /** consecutive failed sign-ins for one account from one address */
    signInFailsByAccountAndAddress: createLimiter({ keyPrefix: 'signin-fail-acct-addr', points: env('SIGNIN_LIMIT_PER_EMAIL', 10), duration: env('SIGNIN_LIMIT_WINDOW', 15 * 60), blockDuration: env('SIGNIN_LIMIT_WINDOW', 15 * 60) }),
    /** failed sign-ins from one address, whatever the account */
    signInFailsByAddress: createLimiter({ keyPrefix: 'signin-fail-addr', points: env('SIGNIN_LIMIT_PER_ADDRESS', 100), duration: DAY, blockDuration: 60 * 60 }),
    /** wrong join codes per user (a code is 8 characters: guessing needs millions of tries) */
    joinCodeFailsByUser: createLimiter({ keyPrefix: 'join-fail-user', points: env('JOIN_LIMIT_PER_USER', 10), duration: 15 * 60, blockDuration: 15 * 60 }),
    /** wrong join codes per address (many accounts from one place) */
    joinCodeFailsByAddress: createLimiter({ keyPrefix: 'join-fail-addr', points: env('JOIN_LIMIT_PER_ADDRESS', 50), duration: 15 * 60, blockDuration: 15 * 60 }),
    /**
     * Socket messages per socket per second. A live session sends a few a second (presence, a reaction); the
     * headroom is for a reconnecting client flushing its offline queue. Catch-up requests weigh more
     * (lib/realtime/flood-guard.ts, by the event's kind in the contract).
     */
    // A socket lives on one process: its count is kept there, counted synchronously (SecondBudget).
    socketMessages: new SecondBudget(env('SOCKET_MESSAGES_PER_SECOND', 60)),
    /**
     * The same, per user over all their sockets: one account on 20 sockets at 60 a second each was 1,200 writes a
     * second (bench:abuse), far beyond what the database serves, and even 40 writes a second from one account took
     * most of a loaded 2-core machine. 60 points is 20 writes or 60 presence updates a second: more than a person
     * makes, with room for a reconnect (following two streams, joining, replaying a few offline writes) in the same
     * second; a burst past it is answered rate_limited and the client sends it again.
     */
    // In memory too, like the per-user socket cap: counted per process, with no Redis round trip per message.
    socketMessagesByUser: new SecondBudget(env('SOCKET_MESSAGES_PER_USER', 60)),
    /**
     * Writes per user, over sockets and HTTP alike (the socket events marked `write` in lib/realtime/events.ts;
     * the API's writes of the same things, lib/http/respond.ts), in this process: a small steady allowance with a
     * burst allowance beside it (the library's BurstyRateLimiter: the burst's points are spent once the steady ones
     * are). Within the message limits one account still got 5–17 writes a second through, each a transaction with
     * search indexing and fan-out, and on a 2-core machine that alone put another user's p99 at 5–10× (bench:abuse).
     * A person annotates, replies and reacts a few times a minute, in bursts (a row of reactions, an outbox replayed
     * after a reconnect): the burst passes at once, a sustained flood gets the steady rate; a refused socket write is
     * answered rate_limited and the client sends it again a second later (lib/realtime/client.ts), a refused HTTP
     * write 429 with Retry-After. One allowance whatever the channel: a flooder refused on its sockets would
     * otherwise move to the API. And whatever the process: in Redis when it is configured (createLimiter), or
     * behind nginx each of P processes gave the user an allowance of their own, P times the one meant.
     */
    writesByUser: new BurstyRateLimiter(
      createLimiter({ keyPrefix: 'write-user', points: env('WRITES_PER_SECOND', 2), duration: 1 }),
      createLimiter({ keyPrefix: 'write-user-burst', points: env('WRITE_BURST', 30), duration: env('WRITE_BURST_WINDOW', 60) }),
    ),
  };
}

export const limiters: ReturnType<typeof createLimiters> = ((globalThis as unknown as { __gongduLimiters?: ReturnType<typeof createLimiters> }).__gongduLimiters ??= createLimiters());

/** Open sockets one user may hold (tabs and devices): past it a new one is refused with `too_many_connections`. */
export const MAX_SOCKETS_PER_USER = env('MAX_SOCKETS_PER_USER', 20);

/**
 * Open sockets one process holds, whoever they belong to: past it a new one is refused with `server_full` (the
 * client retries with backoff, or nginx sends it to another process). Each socket costs tens of KB and its share of
 * every broadcast; many accounts, each under its own cap, could otherwise take the process's memory.
 */
export const MAX_SOCKETS_PER_PROCESS = env('MAX_SOCKETS_PER_PROCESS', 10_000);

/**
 * Socket requests of one user being worked on at once, over all their sockets; past it a request is answered
 * `rate_limited` at once. The message limits bound a rate, but a user can keep many writes waiting: on SQLite they
 * queue for the one connection ahead of everyone else's queries (bench:abuse: 80 in flight from one account held
 * another user's request for seconds). A page has a few in flight (following two streams, joining, one write).
 */
export const MAX_REQUESTS_IN_FLIGHT_PER_USER = env('SOCKET_REQUESTS_IN_FLIGHT_PER_USER', 4);

/**
 * A socket that goes on sending after being refused more messages within a second than this many times its
 * per-second allowance is not a page catching up but a flood: it is disconnected (lib/realtime/flood-guard.ts).
 */
export const SOCKET_FLOOD_FACTOR = 10;

/** Seconds until `key` may try again on `limiter` (its `points` failures are used up), or 0; nothing is spent. */
export async function secondsBlocked(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= limiter.points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}

/**
 * Whether a limiter's rejection is its refusal (a RateLimiterRes) rather than an error. Not `instanceof`: the
 * limiters live on globalThis, made by whichever copy of this module loaded first (server.ts's or Next's bundle's),
 * each with its own copy of the library's classes. Checked that way, an API write past the allowance was a 500.
 */
function isRefusal(rejection: unknown): rejection is RateLimiterRes {
  return rejection instanceof RateLimiterRes || (typeof rejection === 'object' && rejection !== null && typeof (rejection as RateLimiterRes).msBeforeNext === 'number' && !(rejection instanceof Error));
}

/** Records one failure; resolves to the seconds to wait if that used up the limit, else 0. */
export async function recordFailure(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (rejection) {
    if (isRefusal(rejection)) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** Spends `points`: 0 when that was allowed, else the milliseconds until the limit lets `key` spend again. */
export async function waitToSpend(limiter: Pick<RateLimiterAbstract | BurstyRateLimiter, 'consume'>, key: string, points = 1): Promise<number> {
  try {
    await limiter.consume(key, points);
    return 0;
  } catch (rejection) {
    if (isRefusal(rejection)) return Math.max(1, rejection.msBeforeNext);
    throw rejection;
  }
}
