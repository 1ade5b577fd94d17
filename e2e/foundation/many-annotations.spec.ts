/**
 * Acceptance 3 of issue 11: a text carrying 10,000 annotations still shows, highlights and lets you reply on every
 * one, though the reading page loads threads only for the part of the text in view and draws only the thread cards
 * near the list's window. Correctness of what is loaded lazily, not speed: no timing is asserted.
 *
 * The annotations are written straight into the server's database (e2e/fixtures/many-annotations.ts). Then: a
 * link to a thread in the last paragraph, opened before anything else was loaded, lands on it; scrolling the text
 * from top to bottom draws a highlight for each of the 10,000; scrolling the thread list shows a card for each;
 * replies written through the page on threads spread over the text reach the server.
 */
import { expect, test, type Page } from '@playwright/test';
import { seedManyAnnotations } from '../fixtures/many-annotations';
import { makeGroupThroughApi, newUser, paragraphs, signUpInBrowser } from '../fixtures/users';

const COUNT = 10_000;
const TEXT = 'mass-line-guide';

async function replyOn(page: Page, id: string, body: string) {
  const card = page.locator(`[data-testid="thread"][data-annotation-id="${id}"]`);
  await expect(card).toHaveAttribute('aria-current', 'true');
  await card.getByTestId('reply-input').fill(body);
  await card.getByTestId('reply-submit').click();
  await expect(card.getByTestId('reply').filter({ hasText: body })).toBeVisible();
  await expect(card.locator('[data-testid="reply"][data-pending]')).toHaveCount(0);
}

test('a text with 10,000 annotations: every one is highlighted and listed, and takes a reply', async ({ page }) => {
  // 10,000 cards drawn one window at a time take minutes on a shared 2-core machine; nothing here is timed
  test.setTimeout(420_000);
  const user = newUser('张华');
  await signUpInBrowser(page, user);
  const userId = (await (await page.request.get('/api/auth/session')).json()).user.id as string;
  const group = await makeGroupThroughApi(page, [], '万条批注小组');
  const seeded = seedManyAnnotations({ textSlug: TEXT, groupId: group.id, userIds: [userId], count: COUNT });
  expect(new Set(seeded.map((s) => s.id)).size).toBe(COUNT);
  const paras = await paragraphs(page, TEXT);
  const replies = new Map<string, string>();

  // A link to a thread in the last paragraph, far below the first screen: its part of the text was never loaded.
  const last = paras[paras.length - 1].id;
  const linked = seeded.filter((s) => s.blockId === last)[7];
  await page.goto(`/read/${TEXT}?group=${group.id}#annotation-${linked.id}`);
  await expect(page.locator(`mark[data-annotation-id="${linked.id}"]`).first()).toBeInViewport({ timeout: 60_000 });
  replies.set(linked.id, '从深链接来的回复');
  await replyOn(page, linked.id, replies.get(linked.id)!);
  await expect(page.getByTestId('thread-panel').locator('h2')).toContainText(String(COUNT));

  // The text from top to bottom, a screen at a time, each screen once its threads are in: every highlight drawn.
  const highlighted = await page.evaluate(async () => {
    const ids = new Set<string>();
    const body = document.querySelector('[data-testid="reader-body"]')!;
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    window.scrollTo(0, 0);
    for (let screen = 0; screen < 500; screen++) {
      // the observer reports the new blocks in view, then the pages load: wait until none is on its way
      await wait(150);
      for (let i = 0; body.getAttribute('data-pages-loading') !== '0'; i++) {
        if (i > 1200) throw new Error('threads of the part in view did not load');
        await wait(50);
      }
      for (const mark of document.querySelectorAll('mark[data-annotation-id]')) ids.add(mark.getAttribute('data-annotation-id')!);
      if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2) break;
      window.scrollBy(0, Math.floor(window.innerHeight * 0.8));
    }
    return [...ids];
  });
  expect(highlighted.length).toBe(COUNT);
  expect(new Set(highlighted)).toEqual(new Set(seeded.map((s) => s.id)));

  // The thread list, loaded whole by now but drawn only near its window: scrolled through, it shows each thread once.
  await expect(page.getByTestId('thread-list')).toHaveAttribute('data-count', String(COUNT));
  await page.setViewportSize({ width: 1280, height: 2400 });
  const listed = await page.evaluate(async () => {
    const list = document.querySelector<HTMLElement>('[data-testid="thread-list"]')!;
    const scroller = list.closest<HTMLElement>('.overflow-y-auto')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const ids = new Set<string>();
    let drawnAtMost = 0;
    scroller.scrollTop = 0;
    // the window is drawn when cards reach from its top edge to its bottom one (or the list's end)
    const isDrawn = () => {
      const view = scroller.getBoundingClientRect();
      const rects = [...list.querySelectorAll('[data-testid="thread"]')].map((card) => card.parentElement!.getBoundingClientRect());
      const listEnd = list.getBoundingClientRect().bottom;
      return rects.some((r) => r.top <= view.top + 1 && r.bottom > view.top) && rects.some((r) => r.bottom >= Math.min(view.bottom, listEnd) - 1 && r.top < view.bottom);
    };
    for (let step = 0; step < 20_000; step++) {
      for (let i = 0; i < 30; i++) {
        await frame();
        if (isDrawn()) break;
      }
      const cards = list.querySelectorAll('[data-testid="thread"]');
      drawnAtMost = Math.max(drawnAtMost, cards.length);
      for (const card of cards) ids.add(card.getAttribute('data-annotation-id')!);
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) break;
      scroller.scrollTop += Math.floor(scroller.clientHeight * 0.9);
    }
    return { ids: [...ids], drawnAtMost };
  });
  expect(listed.ids.length).toBe(COUNT);
  expect(new Set(listed.ids)).toEqual(new Set(seeded.map((s) => s.id)));
  // virtualised: never more than a window's worth of cards in the page
  expect(listed.drawnAtMost).toBeLessThan(100);

  // Replies on threads spread over the text (first, last and between), each opened by its link.
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const index of [0, 1234, 2500, 5000, 7777, COUNT - 1]) {
    const { id } = seeded[index];
    await page.evaluate((anchor) => (window.location.hash = anchor), `annotation-${id}`);
    replies.set(id, `第${index}条的回复`);
    await replyOn(page, id, replies.get(id)!);
  }

  // Stored: each reply is in its thread as the API returns it.
  for (const [id, body] of replies) {
    const res = await page.request.get(`/api/annotations/${id}`);
    expect(res.status()).toBe(200);
    const { annotation } = (await res.json()) as { annotation: { replies: { body: string; author: { id: string } }[] } };
    expect(annotation.replies.filter((r) => r.body === body && r.author.id === userId)).toHaveLength(1);
  }
});
