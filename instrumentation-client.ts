/**
 * Next's client start-up in pieces (issue 11: no main-thread task over 200 ms on a phone at 4× CPU).
 *
 * Next runs this file in the browser before its own client code (the instrumentation-client hook). Without it the
 * start-up was one task: the script that arrived last registered its chunk, and in the microtasks that followed Next
 * evaluated React DOM and its router, read the page's RSC payload, built the router's first state and began
 * hydration — the reading page's longest task on the phone bench (336 ms with no annotations). A trace of it: ~60 %
 * evaluating and compiling modules (React DOM and the router about a fifth each), the rest hydration's set-up. None of
 * the page's own code is in it: React hydrates the page afterwards in 5 ms slices.
 *
 * Here React DOM and the router are evaluated in tasks of their own (timers), and Next's hydration waits for a task
 * after them: Next runs the `beforeInteractive` scripts (`self.__next_s`) before it hydrates and, after an inline one,
 * waits for a timer, so one empty inline script puts hydration behind the two timers above. A module is evaluated once:
 * when Next requires it, it is there. The page looks the same meanwhile (its text and first highlights come with the
 * HTML). The inline script is allowed by the CSP's `script-src 'unsafe-inline'` (lib/http/request-guard.ts), as Next's
 * own inline scripts are. next.config.js lets the router's import resolve in Next's pages bundle too, which also takes
 * this file.
 */
type BeforeInteractive = [src: string | 0, props: { children?: string }];

if (typeof window !== 'undefined') {
  // import() of a module already in the loaded chunks evaluates it in the microtasks of its timer's task
  setTimeout(() => void import('react-dom/client'));
  setTimeout(() => void import('next/dist/client/components/app-router'));
  const w = window as typeof window & { __next_s?: BeforeInteractive[] };
  (w.__next_s ??= []).push([0, { children: '' }]);
}
