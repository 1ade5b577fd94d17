/**
 * Gongdu's one process: Next's request handler and socket.io on one http server and one port.
 * Env: PORT (3000), HOST (0.0.0.0), DATABASE_URL (file:./data/gongdu.db), NEXTAUTH_SECRET (made on first start).
 */
import { createServer } from 'node:http';
import next from 'next';
import { ensureAuthSecret } from './lib/auth/secret';
import { CLIENT_ADDRESS_HEADER, clientAddress, isHttps } from './lib/http/proxy-trust';
import { checkRequest, securityHeaders } from './lib/http/request-guard';
import { prepareDatabase } from './lib/db/prepare';
import { attachRealtime } from './lib/realtime/server';
import { closeOrphanedAttendance } from './lib/services/sessions';

const dev = process.env.NODE_ENV !== 'production';
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

ensureAuthSecret();
// Behind no proxy, the Host header is the origin people used (a phone on the LAN, localhost…): trust it.
process.env.AUTH_TRUST_HOST ??= 'true';

await prepareDatabase();
// Presence lived in the previous process's memory: whoever was present then is not present now.
await closeOrphanedAttendance();
const app = next({ dev, hostname: host, port, turbopack: dev });
await app.prepare();
const handle = app.getRequestHandler();

const httpServer = createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']);
  const https = isHttps(req.socket.remoteAddress, 'encrypted' in req.socket && Boolean(req.socket.encrypted), req.headers['x-forwarded-proto']);
  for (const [name, value] of Object.entries(securityHeaders({ https, dev }))) res.setHeader(name, value);
  // Origin, content type, body size and path encoding are checked before Next reads anything (see the module).
  const refusal = checkRequest(req);
  if (!refusal) return void handle(req, res);
  // The body is never read: the connection is closed after the answer instead of draining what was sent.
  res.writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }), () => req.socket.destroySoon?.());
});
attachRealtime(httpServer);
httpServer.listen(port, host, () => {
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Gongdu ready on http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    httpServer.close();
    process.exit(0);
  });
}
