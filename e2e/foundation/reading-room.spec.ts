/**
 * The reading room in real Chromium: two people sign up, one creates a group and the other joins by its code;
 * each highlights and comments; after a reload each sees the other's group annotations and not the other's
 * private ones; a reply threads under its comment; markup in a comment shows as text.
 */
import { expect, test } from '@playwright/test';
import { annotate, newUser, paragraphs, signUpInBrowser } from '../fixtures/users';

test('two readers annotate the same text in a group, privately and together', async ({ browser }) => {
  const [ctxA, ctxB] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = [await ctxA.newPage(), await ctxB.newPage()];
  const [userA, userB] = [newUser('王芳'), newUser('李明')];

  await signUpInBrowser(a, userA);
  await signUpInBrowser(b, userB);

  // A creates a group; B joins with the code A reads off the group page.
  await a.getByTestId('create-group-form').locator('input[name=name]').fill('第一学习小组');
  await a.getByTestId('create-group-form').locator('button').click();
  await a.waitForURL(/\/groups\/[^/]+$/);
  const code = (await a.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  await b.getByTestId('join-group-form').locator('input[name=code]').fill(code);
  await b.getByTestId('join-group-form').locator('button').click();
  await b.waitForURL(/\/groups\/[^/]+$/);
  await expect(b.getByTestId('group-name')).toHaveText('第一学习小组');
  await expect(b.getByTestId('member')).toHaveCount(2);

  // Both open the guide from the group page.
  for (const page of [a, b]) {
    await page.getByTestId('group-text').filter({ hasText: '新形势下党的群众工作的根本指南' }).click();
    await page.waitForURL(/\/read\/mass-line-guide\?group=/);
    await expect(page.getByTestId('reader-body')).toBeVisible();
  }
  const paras = await paragraphs(a, 'mass-line-guide');
  const xss = '<img src=x onerror="window.__xss=1">体会';
  const quoteA = await annotate(a, paras[1].id, 0, 12, { kind: 'key', note: `王芳的体会 ${xss}` });
  await annotate(a, paras[2].id, 0, 8, { kind: 'question', note: '王芳的私密疑问', isPrivate: true });
  await annotate(b, paras[3].id, 4, 16, { kind: 'insight', note: '李明的体会' });
  await annotate(b, paras[4].id, 0, 6, { kind: 'key', note: '李明的私密笔记', isPrivate: true });

  await a.reload();
  await b.reload();
  const threadsOf = (page: typeof a) => page.getByTestId('thread-panel').getByTestId('thread-note');
  await expect(threadsOf(a)).toContainText(['李明的体会']);
  await expect(threadsOf(b)).toContainText([`王芳的体会 ${xss}`]);
  await expect(a.getByText('李明的私密笔记')).toHaveCount(0);
  await expect(b.getByText('王芳的私密疑问')).toHaveCount(0);
  await expect(a.getByText('王芳的私密疑问')).toHaveCount(1);
  // B wrote after A's previous visit: marked new for A, not for B's own; the margin shows where talk is densest.
  await expect(a.getByTestId('thread').filter({ hasText: '李明的体会' }).getByTestId('unread-badge')).toBeVisible();
  await expect(b.getByTestId('thread').filter({ hasText: '李明的体会' }).getByTestId('unread-badge')).toHaveCount(0);
  await expect(a.locator(`[data-block-id="${paras[3].id}"][data-heat], p[data-heat]:has([data-block-id="${paras[3].id}"])`)).toHaveCount(1);
  // The markup is shown as text and never ran.
  expect(await b.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(b.locator('img[src=x]')).toHaveCount(0);
  // B sees A's highlight on the passage A selected.
  await expect(b.locator(`[data-block-id="${paras[1].id}"] mark[data-annotation-id]`).first()).toContainText(quoteA.slice(0, 4));

  // B replies under A's comment; after a reload A sees it threaded there.
  const threadOnB = b.getByTestId('thread').filter({ hasText: '王芳的体会' });
  await threadOnB.getByTestId('reply-input').fill('我也认为这是根本');
  await threadOnB.getByTestId('reply-submit').click();
  await expect(threadOnB.getByTestId('reply')).toContainText(['我也认为这是根本']);
  await a.reload();
  const threadOnA = a.getByTestId('thread').filter({ hasText: '王芳的体会' });
  await expect(threadOnA.getByTestId('reply')).toHaveCount(1);
  await expect(threadOnA.getByTestId('reply')).toContainText('李明');
  await expect(threadOnA.getByTestId('reply')).toContainText('我也认为这是根本');

  await ctxA.close();
  await ctxB.close();
});

test('the reading page is a navigable document without the colophon or the TOC page numbers', async ({ page }) => {
  await page.goto('/read/mass-line-study-reader');
  const toc = page.getByTestId('toc');
  await expect(toc).toBeVisible();
  await expect(toc.getByRole('link')).toHaveCount(19);
  await toc.getByRole('link', { name: '（1）一切为了群众' }).click();
  await expect(page).toHaveURL(/#pt1-ch1-s2-ss1$/);
  await expect(page.locator('#pt1-ch1-s2-ss1')).toBeInViewport();
  // The text as a reader who selects it all would copy it: innerText leaves out the paragraphs the browser has not laid
  // out yet (content-visibility: auto, globals.css), a selection has them.
  const body = (await page.getByTestId('reader-body').evaluate((el) => (getSelection()!.selectAllChildren(el), getSelection()!.toString()))).replace(/\s+/g, '');
  for (const notReading of ['ISBN', '版权所有', '定价', '出版发行', 'WEIMINWUSHI', '目录']) expect(body).not.toContain(notReading);
  expect(body).not.toMatch(/生命线\d/); // the printed TOC's "…生命线\t3"
  expect(body).toContain('人民群众拥护和支持开展好这项活动'); // a page break mended
});

test('zh-CN by default, English selectable', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '书库' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await page.goto('/signin');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});

test('a phone-width reader has the contents in a drawer and no horizontal scroll', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/read/mass-line-guide');
  await expect(page.getByTestId('reader-body')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId('open-toc').click();
  await expect(page.getByTestId('toc')).toBeVisible();
  await context.close();
});
