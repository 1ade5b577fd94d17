/**
 * Wraps a socket request handler in the same four steps as an HTTP route: who (socket.data) → safeParse → one
 * service → ack. Service errors become `{ ok: false, error }` with the same codes as HTTP; nothing throws out.
 */
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { fieldErrors } from '../../http/field-errors';
import { requestLocale, translator } from '../../i18n/messages';
import { wordRefusal, wordServiceMessage } from '../../i18n/messages-errors';
import { isStopping, track } from '../../lifecycle';
import { isDatabaseUnavailable, ServiceError, UNAVAILABLE_MESSAGE } from '../../services/errors';
import { MAX_REQUESTS_IN_FLIGHT_PER_USER } from '../../services/rate-limits';
import type { Ack, ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from '../events';
import { safeParseInput } from '../../validations/common';

export type GongduSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** The socket's language: the same cookie as the pages', read once from the handshake (not on every write). */
const locales = new WeakMap<GongduSocket, ReturnType<typeof requestLocale>>();
function socketLocale(socket: GongduSocket) {
  let locale = locales.get(socket);
  if (!locale) locales.set(socket, (locale = requestLocale({ headers: new Headers({ cookie: String(socket.handshake.headers.cookie ?? '') }) })));
  return locale;
}

/** Requests being worked on per user, in this process (see MAX_REQUESTS_IN_FLIGHT_PER_USER). */
const inFlight = new Map<string, number>();

/** A request's listener, made once for every socket: socket.io calls it with the socket as `this`. */
type RequestListener = (this: GongduSocket, payload: unknown, ack: unknown) => Promise<void>;

/** One kind of socket request: its event and its listener. */
export interface SocketRequest {
  event: keyof ClientToServerEvents;
  listener: RequestListener;
}

/**
 * Defines a request once for all sockets. Every socket registers the same listener (registerRequests), so a
 * connection costs a slot in its listener table per request, not a closure, a context and a schema each: those
 * were most of the ~50 KB a connected member cost the heap (bench:connections, heap snapshots).
 */
export function defineRequest<S extends z.ZodType, R>(
  event: keyof ClientToServerEvents,
  schema: S,
  run: (input: z.infer<S>, socket: GongduSocket) => Promise<R>,
): SocketRequest {
  async function listener(this: GongduSocket, payload: unknown, ack: unknown) {
    if (typeof ack !== 'function') return; // a request without an ack cannot be answered: ignore it
    const socket = this;
    const reply = ack as (result: Ack<R>) => void;
    const locale = socketLocale(socket);
    const t = translator(locale);
    const parsed = safeParseInput(schema, payload);
    if (!parsed.success) return reply({ ok: false, error: { code: 'validation', message: t('validation.some'), fields: fieldErrors(parsed.error, locale) } });
    // A process shutting down takes no new work: the client sends it again once reconnected elsewhere.
    if (isStopping()) return reply({ ok: false, error: { code: 'unavailable', message: wordServiceMessage('this server is shutting down: send the request again', locale) } });
    const userId = socket.data.userId;
    const busy = inFlight.get(userId) ?? 0;
    if (busy >= MAX_REQUESTS_IN_FLIGHT_PER_USER) return reply({ ok: false, error: { code: 'rate_limited', message: 'too many requests at once: wait for the answers' } });
    inFlight.set(userId, busy + 1);
    try {
      // Tracked so a graceful shutdown lets it finish (lib/lifecycle.ts).
      reply({ ok: true, value: await track(() => run(parsed.data, socket)) });
    } catch (error) {
      if (error instanceof ServiceError) {
        const message = wordRefusal(error, locale);
        return reply({ ok: false, error: { code: error.code, message, ...(error.field ? { fields: { [error.field]: message } } : {}) } });
      }
      if (isDatabaseUnavailable(error)) return reply({ ok: false, error: { code: 'unavailable', message: wordServiceMessage(UNAVAILABLE_MESSAGE, locale) } });
      console.error(`socket ${event} failed`, error);
      reply({ ok: false, error: { code: 'internal', message: t('error.internal') } });
    } finally {
      const left = (inFlight.get(userId) ?? 1) - 1;
      if (left > 0) inFlight.set(userId, left);
      else inFlight.delete(userId);
    }
  }
  return { event, listener };
}

/** Registers requests defined with defineRequest on one socket. */
export function registerRequests(socket: GongduSocket, requests: readonly SocketRequest[]): void {
  for (const { event, listener } of requests) (socket.on as (e: string, l: RequestListener) => void)(event, listener);
}
