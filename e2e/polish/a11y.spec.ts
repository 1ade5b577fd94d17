/**
 * axe-core over the main pages in both languages: no serious or critical violation. And the conveniences: copy
 * the join code, a link in a comment (http(s) only, safe rel), the skip link first in the Tab order.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { useLanguage } from '../fixtures/language';
import { makeGroup, showThreads, signUpAndIn, startSession } from '../fixtures/live';

// axe over nine pages, with sign-up and a live session: minutes on a busy two-core machine
test.setTimeout(480_000);

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`main pages have no serious accessibility violations (${locale})`, async ({ page, context, baseURL }) => {
    await useLanguage(context, baseURL!, locale);
    for (const path of ['/', '/signin', '/signup']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await signUpAndIn(page, locale === 'en' ? 'Wang Fang' : '王芳');
    const group = await makeGroup(page, []);
    const session = await startSession(page, group.id);
    for (const path of ['/groups', `/groups/${group.id}`, `/read/mass-line-guide?group=${group.id}`, `/sessions/${session.id}`, `/groups/${group.id}/search?q=群众`, '/settings', '/no-such-page']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}

test('copy the join code; a link in a comment is a safe link; Tab reaches the skip link first', async ({ page, context, browserName }) => {
  void browserName;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signUpAndIn(page, '王芳');
  const group = await makeGroup(page, []);
  await page.goto(`/groups/${group.id}`);
  await page.getByTestId('copy-join-code').click();
  await expect(page.getByTestId('copy-join-code')).toHaveText(/已复制/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(group.joinCode);

  const blocks = (await (await page.request.get('/api/texts/mass-line-guide')).json()).text.blocks as { id: string; kind: string; text: string }[];
  const para = blocks.filter((b) => b.kind === 'paragraph')[1];
  const exact = Array.from(para.text).slice(0, 4).join('');
  const made = await page.request.post('/api/annotations', {
    data: { groupId: group.id, blockId: para.id, start: 0, end: 4, exact, kind: 'key', note: '原文见 https://www.12371.cn/a.shtml。另 javascript:alert(1)' },
  });
  expect(made.status()).toBe(201);
  await page.goto(`/read/mass-line-guide?group=${group.id}`);
  await expect(page.locator('#reader-text')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-link')).toBeFocused();

  // On a phone the threads are in the bottom sheet, drawn when it opens (the reader loads what is in view).
  await showThreads(page);
  const link = page.getByTestId('comment-link').first();
  await expect(link).toHaveAttribute('href', 'https://www.12371.cn/a.shtml');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expect(page.getByTestId('comment-link')).toHaveCount(1);
});
