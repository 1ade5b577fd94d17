/**
 * `npm run bench:page`: the reading page of a text carrying 2,000 and 10,000 group annotations, in real Chromium
 * (Debian's, driven by playwright-core), on a desktop viewport and on a phone viewport with the CPU slowed 4× (CDP
 * `Emulation.setCPUThrottlingRate`). Figures: time from navigation to the first highlight drawn, the longest
 * main-thread task (Long Tasks API) until the page has been idle for a second, and the DOM size. Baseline in the same
 * run: the same page for a group with no annotations (time to the text itself). Rounds rotate every case.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../playwright.config';
import { PAGE_PROBE } from './lib/page-probe';
import { seedAnnotations } from './lib/seed-annotations';
import { interleave, median, report, type ResultRow } from './lib/stats';
import { startWorld } from './lib/world';

const SIZES = (process.env.BENCH_SIZES ?? '2000,10000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ALL_DEVICES = {
  desktop: { viewport: { width: 1280, height: 800 }, cpu: 1, isMobile: false },
  phone: { viewport: { width: 390, height: 844 }, cpu: 4, isMobile: true },
} as const;
/** BENCH_DEVICES=desktop runs one device (a shared machine under load may not finish both in time). */
const DEVICES = Object.fromEntries(Object.entries(ALL_DEVICES).filter(([name]) => (process.env.BENCH_DEVICES ?? 'desktop,phone').split(',').includes(name))) as Partial<typeof ALL_DEVICES>;

const world = await startWorld(20, { noSession: true });
const groups: Record<number, string> = { 0: (await world.leader.call('POST', '/api/groups', { name: '空白组' })).body.group.id };
for (const n of SIZES) {
  groups[n] = (await world.leader.call('POST', '/api/groups', { name: `${n}条批注` })).body.group.id;
  seedAnnotations(world, groups[n], n);
}
const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const cookies = world.leader.cookie.split('; ').map((pair) => {
  const eq = pair.indexOf('=');
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: world.server.url };
});

async function visit(device: keyof typeof DEVICES, annotations: number) {
  const d = ALL_DEVICES[device];
  // bypassCSP: the page's CSP forbids eval, which Playwright's string predicates use to poll the probe.
  // Asia/Shanghai, the server's default zone, as the e2e tests: a browser in another zone has the page drawn again
  // once on its first visit (components/layout/time-zone-sync.tsx), which is not what a returning reader sees.
  const context = await browser.newContext({ viewport: d.viewport, isMobile: d.isMobile, hasTouch: d.isMobile, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', bypassCSP: true });
  await context.addCookies(cookies);
  await context.addInitScript(PAGE_PROBE);
  const page = await context.newPage();
  if (d.cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: d.cpu });
  try {
    await page.goto(`${world.server.url}/read/${world.textId}?group=${groups[annotations]}`, { waitUntil: 'commit', timeout: 300_000 });
    const done = annotations ? 'window.__bench.marks !== null' : 'window.__bench.text !== null';
    await page.waitForFunction(done, null, { timeout: 300_000, polling: 100 });
    // quiet: no long task for a second (or 10 s at most), so the longest task after highlights is counted too
    await page.waitForFunction('performance.now() - Math.max(window.__bench.lastLong, window.__bench.marks ?? window.__bench.text) > 1000', null, { timeout: 10_000, polling: 250 }).catch(() => undefined);
    const b = await page.evaluate('({ ...window.__bench, nodes: document.getElementsByTagName("*").length })') as { text: number; marks: number | null; longest: number; nodes: number };
    return { highlights: b.marks ?? NaN, text: b.text, longest: b.longest, nodes: b.nodes };
  } finally {
    await context.close();
  }
}

try {
  const variants: Record<string, () => Promise<Record<string, number>>> = {};
  for (const device of Object.keys(DEVICES) as (keyof typeof DEVICES)[]) for (const n of [0, ...SIZES]) variants[`${device}/${n}`] = () => visit(device, n);
  const r = await interleave({ warmup: 1, rounds: ROUNDS }, variants);
  const rows: ResultRow[] = [];
  for (const device of Object.keys(DEVICES) as (keyof typeof DEVICES)[]) {
    const base = r[`${device}/0`];
    rows.push({ bench: 'page', case: `${device}, no annotations`, metric: 'time to text', unit: 'ms', values: base.text });
    for (const n of SIZES) {
      const x = r[`${device}/${n}`];
      const limit = device === 'desktop' ? 500 : 1500;
      const counts = n === 2000;
      rows.push(
        { bench: 'page', case: `${device}${device === 'phone' ? ' (4× CPU)' : ''}, ${n} annotations`, metric: 'time to highlights', unit: 'ms', values: x.highlights, baseline: { name: 'time to text, 0 annotations', values: base.text }, ...(counts ? { target: `≤ ${limit} ms`, met: median(x.highlights) <= limit } : {}) },
        { bench: 'page', case: `${device}${device === 'phone' ? ' (4× CPU)' : ''}, ${n} annotations`, metric: 'longest task', unit: 'ms', values: x.longest, baseline: { name: '0 annotations', values: base.longest }, ...(counts ? { target: '≤ 200 ms', met: median(x.longest) <= 200 } : {}) },
        { bench: 'page', case: `${device}${device === 'phone' ? ' (4× CPU)' : ''}, ${n} annotations`, metric: 'DOM nodes', unit: 'n', values: x.nodes, baseline: { name: '0 annotations', values: base.nodes } },
      );
    }
  }
  report('page', `Reading page in Chromium (desktop 1280×800; phone 390×844 with CPU 4× slower), ${ROUNDS} rounds + 1 warm-up; times from navigation start`, rows);
} finally {
  await browser.close();
  await world.stop();
}
process.exit(0);
