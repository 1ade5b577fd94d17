/**
 * Reads a Chromium trace of the reading page (bench/page-profile.ts) and says what each long task of its main thread
 * did: the trace's own events inside it (script evaluation and compilation, HTML parsing, style, layout, timers,
 * microtasks), and the JS CPU samples inside it by script and by function. `npx tsx bench/lib/trace-tasks.ts
 * /tmp/page-trace-phone-0.json` reads a saved trace again.
 */
import { readFileSync } from 'node:fs';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> & { url?: string; functionName?: string } };
}

interface ProfileNode { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }

const short = (url: unknown) => String(url ?? '').split('/').pop() || '(no url)';

/** The main thread of the renderer that parsed the reading page, and the time of its navigation. */
export function readingPageThread(events: TraceEvent[]) {
  const isReadingPage = (x: TraceEvent) => x.name === 'ParseHTML' && String((x.args as { beginData?: { url?: string } } | undefined)?.beginData?.url ?? '').includes('/read/');
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name: string }).name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && isReadingPage(x)));
  if (!main) return null;
  const nav =
    events.find((e) => e.name === 'navigationStart' && e.pid === main.pid && String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL ?? '').includes('/read/')) ??
    events.filter((e) => e.pid === main.pid && e.ts > 0).sort((a, b) => a.ts - b.ts)[0];
  return { pid: main.pid, tid: main.tid, t0: nav.ts };
}

/** JS samples of the main thread: [timestamp, node id], with the profile's nodes. */
function samplesOf(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const samples: [number, number][] = [];
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  for (const profile of profiles) {
    let ts = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let i = 0; i < ids.length; i++) {
        ts += deltas[i] ?? 0;
        samples.push([ts, ids[i]]);
      }
    }
  }
  samples.sort((a, b) => a[0] - b[0]);
  return { nodes, samples };
}

const frameName = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${short(node.callFrame.url)}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;

/** Prints the main thread's tasks longer than `minMs` (wall) up to `untilMs` after navigation, each taken apart. */
export function explainLongTasks(events: TraceEvent[], { minMs = 50, untilMs = Infinity, top = 6 } = {}) {
  const thread = readingPageThread(events);
  if (!thread) return console.log('no renderer main thread in the trace');
  const { pid, tid, t0 } = thread;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.ts - t0) / 1000 < untilMs);
  const { nodes, samples } = samplesOf(events, pid, tid);
  const ms = (us: number) => (us / 1000).toFixed(1);
  const busyCpu = tasks.reduce((s, t) => s + (t.tdur ?? 0), 0);
  console.log(`\nmain thread: ${tasks.length} tasks, ${ms(busyCpu)} ms CPU until ${untilMs === Infinity ? 'the end' : `${untilMs} ms`}; ${samples.length} JS samples`);
  console.log('every task over 16 ms wall [start from navigation, wall / CPU ms]:');
  console.log('  ' + tasks.filter((t) => t.dur! > 16_000).map((t) => `${ms(t.ts - t0)}: ${ms(t.dur!)}/${ms(t.tdur ?? 0)}`).join(', '));
  for (const task of tasks.filter((t) => t.dur! >= minMs * 1000).sort((a, b) => b.dur! - a.dur!).slice(0, top)) {
    const end = task.ts + task.dur!;
    console.log(`\n--- task at ${ms(task.ts - t0)} ms: ${ms(task.dur!)} ms wall, ${ms(task.tdur ?? 0)} ms CPU`);
    // the trace's own events inside the task, nested by time, down to 2 ms
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && e.name !== 'ThreadControllerImpl::RunTask');
    const stack: TraceEvent[] = [];
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= e.ts) stack.pop();
      if (e.dur! >= 2000 && stack.length < 6) {
        const d = e.args?.data ?? {};
        const what = [d.url ? short(d.url) : '', d.functionName ?? '', (d as { type?: string }).type ?? '', (d as { timerId?: unknown }).timerId !== undefined ? 'timer' : ''].filter(Boolean).join(' ');
        console.log(`  ${'  '.repeat(stack.length)}${ms(e.ts - t0).padStart(7)} +${ms(e.dur!).padStart(6)} (cpu ${e.tdur === undefined ? '?' : ms(e.tdur)}) ${e.name} ${what}`);
      }
      stack.push(e);
    }
    // JS samples in the task: self time by script and by function, and by the outermost frames of our own scripts
    const within = samples.filter(([ts]) => ts >= task.ts && ts <= end);
    const self = new Map<string, number>();
    const byScript = new Map<string, number>();
    for (let i = 0; i < within.length; i++) {
      const [ts, id] = within[i];
      const next = within[i + 1]?.[0] ?? Math.min(end, ts + 500);
      const dt = Math.max(0, next - ts);
      const node = nodes.get(id);
      if (!node) continue;
      const name = frameName(node);
      self.set(name, (self.get(name) ?? 0) + dt);
      byScript.set(short(node.callFrame.url), (byScript.get(short(node.callFrame.url)) ?? 0) + dt);
    }
    console.log(`  JS samples: ${within.length}; self time by script: ${[...byScript].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
    console.log('  self time by function (top 15):');
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${ms(v).padStart(7)} ms  ${k}`);
    // inclusive time of functions (each counted once per sample, however deep), the top ones
    const inclusive = new Map<string, number>();
    for (let i = 0; i < within.length; i++) {
      const [ts, id] = within[i];
      const dt = Math.max(0, (within[i + 1]?.[0] ?? Math.min(end, ts + 500)) - ts);
      const seen = new Set<string>();
      for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        const name = frameName(n);
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
      }
    }
    console.log('  inclusive time by function (top 25):');
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms(v).padStart(7)} ms  ${k}`);
    // top-down: the call tree of the samples, paths over TREE_MS (5 ms)
    interface Tree { time: number; kids: Map<string, Tree> }
    const root: Tree = { time: 0, kids: new Map() };
    for (let i = 0; i < within.length; i++) {
      const [ts, id] = within[i];
      const dt = Math.max(0, (within[i + 1]?.[0] ?? Math.min(end, ts + 500)) - ts);
      const path: string[] = [];
      for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) path.unshift(frameName(n));
      let at = root;
      at.time += dt;
      for (const name of path) {
        let kid = at.kids.get(name);
        if (!kid) at.kids.set(name, (kid = { time: 0, kids: new Map() }));
        kid.time += dt;
        at = kid;
      }
    }
    const treeMs = Number(process.env.TREE_MS ?? 5) * 1000;
    console.log(`  call tree (paths over ${treeMs / 1000} ms; single-child chains folded):`);
    const print = (tree: Tree, depth: number) => {
      for (const [name, kid] of [...tree.kids].sort((a, b) => b[1].time - a[1].time)) {
        if (kid.time < treeMs) continue;
        let label = name;
        let at = kid;
        while (at.kids.size === 1 && [...at.kids.values()][0].time > at.time * 0.97) {
          const [n, k] = [...at.kids][0];
          label += ` > ${n}`;
          at = k;
        }
        console.log(`    ${'  '.repeat(depth)}${ms(kid.time)} ${label.slice(0, 400)}`);
        if (depth < 30) print(at, depth + 1);
      }
    };
    print(root, 0);
  }
}

if (process.argv[1]?.endsWith('trace-tasks.ts')) {
  const file = process.argv[2];
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  explainLongTasks(events, { minMs: Number(process.env.MIN_MS ?? 50), top: Number(process.env.TOP ?? 6) });
}
