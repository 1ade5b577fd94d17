/**
 * Issue 9, finding 2 in real Chromium: a page on another port of the same host is the same *site*, so the
 * victim's SameSite=Lax session cookie goes along with its requests. Its form, its fetch and its WebSocket must
 * change nothing and read nothing.
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newUser, signUpInBrowser } from '../fixtures/users';

let attacker: Server;
let attackerUrl = '';

function attackerPage(target: string): string {
  return `<!doctype html><meta charset="utf-8"><title>cute cats</title>
<form id="join" method="POST" action="${target}/api/tokens" enctype="text/plain">
  <input name='{"name":"minted by a form","x":"' value='"}'>
</form>
<script>
  window.results = {};
  (async () => {
    try {
      await fetch('${target}/api/groups', { method: 'POST', mode: 'no-cors', credentials: 'include', body: JSON.stringify({ name: 'made by no-cors fetch' }) });
      window.results.noCors = 'sent';
    } catch (e) { window.results.noCors = 'failed'; }
    try {
      const res = await fetch('${target}/api/tokens', { credentials: 'include' });
      window.results.read = await res.text();
    } catch (e) { window.results.read = 'blocked'; }
    window.results.socket = await new Promise((resolve) => {
      const ws = new WebSocket('${target.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket');
      const seen = [];
      ws.onmessage = (m) => { seen.push(String(m.data)); if (String(m.data).startsWith('0')) ws.send('40'); };
      ws.onerror = () => resolve('refused');
      ws.onclose = () => resolve(seen.length ? 'closed after ' + seen.join(' | ') : 'refused');
      setTimeout(() => resolve('open: ' + seen.join(' | ')), 3000);
    });
    window.done = true;
  })();
</script>`;
}

test.beforeAll(async ({ baseURL }) => {
  attacker = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(attackerPage(baseURL!)));
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

test('a sibling origin cannot act or read as the signed-in user', async ({ page, context }) => {
  await signUpInBrowser(page, newUser('受害者'));
  const before = await (await page.request.get('/api/groups')).json();

  const evil = await context.newPage();
  await evil.goto(attackerUrl);
  await evil.waitForFunction(() => (window as unknown as { done?: boolean }).done === true, null, { timeout: 20_000 });
  const results = await evil.evaluate(() => (window as unknown as { results: Record<string, string> }).results);
  // CORS keeps the answer from the page; the socket is refused at the handshake, before any event.
  expect(results.read).toBe('blocked');
  expect(results.socket).toBe('refused');

  // The form: a top-level POST carries the Lax cookie, and is refused.
  const [formAnswer] = await Promise.all([evil.waitForResponse((r) => r.url().endsWith('/api/tokens')), evil.evaluate(() => (document.getElementById('join') as HTMLFormElement).submit())]);
  expect(formAnswer.status()).toBe(403);

  expect((await (await page.request.get('/api/tokens')).json()).tokens).toEqual([]);
  expect(await (await page.request.get('/api/groups')).json()).toEqual(before);
});
