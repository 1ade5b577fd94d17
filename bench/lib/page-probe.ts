/**
 * Run in the page before its own scripts (an init script): records when the text (`[data-block-id]`) and the first
 * highlight (`mark[data-annotation-id]`) are first in the DOM at a frame, and every long task (Long Tasks API).
 */
export const PAGE_PROBE = `
  window.__bench = { text: null, marks: null, longest: 0, lastLong: 0, longTasks: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { const b = window.__bench; b.longest = Math.max(b.longest, e.duration); b.lastLong = performance.now(); b.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); } }).observe({ type: 'longtask', buffered: true });
  const tick = () => {
    const b = window.__bench;
    if (b.text === null && document.querySelector('[data-block-id]')) b.text = performance.now();
    if (b.marks === null && document.querySelector('mark[data-annotation-id]')) b.marks = performance.now();
    if (b.marks === null || b.text === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;
