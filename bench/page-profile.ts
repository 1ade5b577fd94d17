/**
 * `npx tsx bench/page-profile.ts`: where the reading page's time goes before its first highlight, for one visit
 * (desktop, or `PROFILE_DEVICE=phone` with the CPU 4× slower) to a text carrying `PROFILE_SIZE` (2,000) annotations.
 * Prints the waterfall (the HTML, each script and API request: start and end from navigation), the probe's marks
 * (text, first highlight), every long task, and the main thread's busiest activities from a Chromium trace
 * (script evaluation, parsing, layout, and the JS functions with most self time), then each long task taken apart
 * (lib/trace-tasks.ts: its trace events, and its JS samples by script, by function and as a call tree). `PROFILE_SIZE=0`:
 * the empty page, up to its text; `PROFILE_JS=0`: no JS sampling (it lengthens script-heavy tasks ~1.5–3×, so read task
 * lengths from a trace without it). A tool for reading the page, not a benchmark: bench:page measures it.
 */
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../playwright.config';
import { PAGE_PROBE } from './lib/page-probe';
import { seedAnnotations } from './lib/seed-annotations';
import { explainLongTasks, readingPageThread, type TraceEvent } from './lib/trace-tasks';
import { startWorld } from './lib/world';

const SIZE = Number(process.env.PROFILE_SIZE ?? 2000);
const DEVICE = process.env.PROFILE_DEVICE ?? 'desktop';
const VISITS = Number(process.env.PROFILE_VISITS ?? 2);
// PROFILE_JS=0: no JS sampling in the trace (its overhead lengthens script-heavy tasks)
const d = DEVICE === 'phone' ? { viewport: { width: 390, height: 844 }, cpu: 4, isMobile: true } : { viewport: { width: 1280, height: 800 }, cpu: 1, isMobile: false };

const world = await startWorld(20, { noSession: true });
const groupId = (await world.leader.call('POST', '/api/groups', { name: `${SIZE}条批注` })).body.group.id as string;
if (SIZE > 0) seedAnnotations(world, groupId, SIZE);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const cookies = world.leader.cookie.split('; ').map((pair) => {
  const eq = pair.indexOf('=');
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: world.server.url };
});

try {
  for (let visit = 0; visit < VISITS; visit++) {
    const context = await browser.newContext({ viewport: d.viewport, isMobile: d.isMobile, hasTouch: d.isMobile, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', bypassCSP: true });
    await context.addCookies(cookies);
    await context.addInitScript(PAGE_PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (d.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: d.cpu });
    const isLast = visit === VISITS - 1;
    const events: TraceEvent[] = [];
    if (isLast) {
      cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { categories: `blink.user_timing,loading,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute${process.env.PROFILE_JS === '0' ? '' : ',disabled-by-default-v8.cpu_profiler'}`, transferMode: 'ReportEvents' });
    }
    const t0 = Date.now();
    await page.goto(`${world.server.url}/read/${world.textId}?group=${groupId}`, { waitUntil: 'commit', timeout: 300_000 });
    // PROFILE_SIZE=0: the empty page, up to its text
    await page.waitForFunction(SIZE > 0 ? 'window.__bench.marks !== null' : 'window.__bench.text !== null', null, { timeout: 300_000, polling: 100 });
    await page.waitForTimeout(1500);
    const b = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').map((r) => ({ name: r.name.replace(location.origin, ''), type: r.initiatorType, start: Math.round(r.startTime), ttfb: Math.round(r.responseStart), end: Math.round(r.responseEnd), size: r.encodedBodySize }));
      return { ...window.__bench, nav: { ttfb: Math.round(nav.responseStart), htmlEnd: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd), htmlSize: nav.encodedBodySize }, res };
    })()`)) as { text: number; marks: number | null; longTasks: [number, number][]; nav: Record<string, number>; res: { name: string; type: string; start: number; ttfb: number; end: number; size: number }[] };
    console.log(`\n=== visit ${visit + 1} (${DEVICE}, ${SIZE} annotations), wall ${Date.now() - t0} ms`);
    console.log(`HTML: ttfb ${b.nav.ttfb} ms, end ${b.nav.htmlEnd} ms (${b.nav.htmlSize} B); DOMContentLoaded ${b.nav.dcl} ms; load ${b.nav.load} ms`);
    const shown = b.marks ?? b.text;
    console.log(`text ${Math.round(b.text)} ms; first highlight ${b.marks === null ? '-' : Math.round(b.marks)} ms`);
    console.log(`long tasks [start, duration]: ${JSON.stringify(b.longTasks)}`);
    for (const r of b.res.filter((r) => r.start <= shown + 2000)) console.log(`  ${String(r.start).padStart(6)} → ${String(r.end).padStart(6)} (ttfb ${String(r.ttfb).padStart(6)}) ${r.type.padEnd(6)} ${String(r.size).padStart(8)} B  ${r.name.slice(0, 140)}`);
    if (isLast) {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      writeFileSync(`/tmp/page-trace-${DEVICE}-${SIZE}.json`, JSON.stringify({ traceEvents: events }));
      summarize(events, shown);
      explainLongTasks(events, { untilMs: shown + 1500 });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await world.stop();
}
process.exit(0);

/** The renderer main thread's top-level tasks before the first highlight, and what they spent their time on. */
function summarize(events: TraceEvent[], marksMs: number) {
  const main = readingPageThread(events);
  if (!main) return console.log('no renderer main thread in the trace');
  const { t0 } = main;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.ts - t0) / 1000 < marksMs + 1500);
  const busy = tasks.reduce((s, e) => s + e.dur!, 0) / 1000;
  console.log(`\ntrace: main thread busy ${busy.toFixed(0)} ms in ${tasks.length} tasks up to 1.5 s after the first highlight (t0 = navigation)`);
  const byName = new Map<string, number>();
  for (const e of onMain) {
    if ((e.ts - t0) / 1000 > marksMs) continue;
    if (['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
    const key = e.name === 'EvaluateScript' || e.name === 'v8.compile' ? `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()}` : e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName ?? ''}` : e.name;
    byName.set(key, (byName.get(key) ?? 0) + e.dur! / 1000);
  }
  console.log('inclusive time by event up to the first highlight (top 25):');
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  // A task's wall time on a shared machine is mostly waiting for a core (the server answering the page's requests
  // shares them): the thread's own CPU time (tdur) says what the task itself costs.
  const cpu = (e: TraceEvent) => (e.tdur === undefined ? '?' : (e.tdur / 1000).toFixed(0));
  console.log(`longest task by CPU: ${Math.max(...tasks.map((t) => t.tdur ?? 0)) / 1000} ms; by wall: ${Math.max(...tasks.map((t) => t.dur!)) / 1000} ms`);
  console.log('tasks over 50 ms (start from t0, wall duration / CPU, biggest children):');
  for (const t of tasks.filter((t) => t.dur! > 50_000)) {
    const kids = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! > 5_000 && e.name !== 'ThreadControllerImpl::RunTask');
    console.log(`  ${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${(t.dur! / 1000).toFixed(0).padStart(5)} / ${cpu(t).padStart(4)} ms: ${kids.slice(0, 8).map((k) => `${k.name}${k.args?.data?.url ? ' ' + k.args.data.url.split('/').pop() : ''}${k.args?.data?.functionName ? ' ' + k.args.data.functionName : ''} ${(k.dur! / 1000).toFixed(0)}`).join(', ')}`);
  }
}
