/**
 * Sign-in attempts are limited per email and per client address (rate-limiter-flexible, in memory; a shared store
 * arrives with the Redis scale-out). Limits come from the environment so tests can tighten them.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const perEmail = Number(process.env.SIGNIN_LIMIT_PER_EMAIL ?? 10);
const perAddress = Number(process.env.SIGNIN_LIMIT_PER_ADDRESS ?? 50);
const windowSeconds = Number(process.env.SIGNIN_LIMIT_WINDOW ?? 15 * 60);

const limiters = ((globalThis as unknown as { __gongduSignInLimiters?: [RateLimiterMemory, RateLimiterMemory] }).__gongduSignInLimiters ??= [
  new RateLimiterMemory({ keyPrefix: 'signin-email', points: perEmail, duration: windowSeconds }),
  new RateLimiterMemory({ keyPrefix: 'signin-addr', points: perAddress, duration: windowSeconds }),
]);

/** Spends one attempt; resolves to the seconds to wait if the limit is reached, else 0. */
export async function consumeSignInAttempt(email: string, address: string): Promise<number> {
  try {
    await Promise.all([limiters[0].consume(email), limiters[1].consume(address)]);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.ceil(rejection.msBeforeNext / 1000);
    throw rejection;
  }
}

/** A successful sign-in clears the email's count. */
export async function resetSignInAttempts(email: string): Promise<void> {
  await limiters[0].delete(email);
}
