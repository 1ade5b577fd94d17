/**
 * Acceptance 3 of the live-sessions issue, in real Chromium against the real server: two people in two browser
 * contexts — A leads on a desktop, B follows on a phone — see each other's highlights, comments, replies,
 * reactions and reflections appear without a reload; presence shows both, with where each reads; follow the
 * leader moves B's view, scrolling by hand detaches it and 跟学 re-attaches; a reply B writes offline shows as
 * waiting and reaches A exactly once when B is back online; the leader ends the session and B is told.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { isInViewport, makeGroup, selectInBlock, signUpAndIn, startSession, type Person } from '../fixtures/live';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test('a live session: A highlights and comments, B sees it, replies, follows, writes offline; nothing is lost or doubled', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const baseURL = testInfo.project.use.baseURL;
  const contextA = await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'zh-CN' });
  const contextB = await browser.newContext({ baseURL, viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  const shot = (page: Page, name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });

  try {
    const a: Person = await signUpAndIn(pageA, '王芳');
    const b: Person = await signUpAndIn(pageB, '李明');
    const group = await makeGroup(pageA, [pageB]);
    const session = await startSession(pageA, group.id);

    // B finds the live session on the groups page and joins it in one click; A opens it too.
    await pageB.goto('/groups');
    await pageB.getByTestId('live-sessions').getByTestId('live-session-join').click();
    await pageB.waitForURL(`**/sessions/${session.id}`);
    await pageA.goto(`/sessions/${session.id}`);
    // B was told the session started (a notification waiting in the list).
    await expect(pageB.getByTestId('notification-count')).toHaveText('1');
    for (const page of [pageA, pageB]) {
      await expect(page.getByTestId('session-status').first()).toHaveAttribute('data-status', 'live');
      await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');
    }

    // Presence shows both names on both pages: A's in the right column, B's (a phone) behind the avatars.
    const presenceA = pageA.getByTestId('presence-list');
    await expect(presenceA.getByTestId('presence-member')).toHaveCount(2);
    await expect(presenceA).toContainText(a.name);
    await expect(presenceA).toContainText(b.name);
    await pageB.getByTestId('presence-toggle').click();
    const presenceB = pageB.getByTestId('presence-popover');
    await expect(presenceB.getByTestId('presence-member')).toHaveCount(2);
    await expect(presenceB).toContainText(a.name);
    await expect(presenceB).toContainText(b.name);
    await pageB.getByTestId('presence-toggle').click();
    await expect(pageB.getByTestId('follow-toggle')).toHaveAttribute('aria-pressed', 'true');

    // A highlights a passage as a question and comments, mentioning B.
    const firstParagraph = pageA.locator('[data-testid=reader-body] p[data-block-id]').first();
    const blockId = (await firstParagraph.getAttribute('data-block-id'))!;
    await selectInBlock(pageA, blockId, 0, 12);
    await expect(pageA.getByTestId('selection-toolbar')).toBeVisible();
    await pageA.getByTestId('kind-question').click();
    const note = `这一句怎么理解？@${b.name} 你看呢`;
    await pageA.getByTestId('note-input').fill(note);
    await pageA.getByTestId('save-annotation').click();
    const markA = pageA.locator(`mark[data-annotation-id]`);
    await expect(markA).toHaveCount(1);
    const annotationId = (await markA.getAttribute('data-annotation-id'))!;
    await expect(pageA.getByTestId('selection-toolbar')).toHaveCount(0);

    // B sees the highlight and the thread appear without a reload, and the mention arrives live.
    await expect(pageB.locator(`mark[data-annotation-id="${annotationId}"]`)).toHaveCount(1);
    await expect(pageB.getByTestId('notification-count')).toHaveText('2');
    await pageB.getByTestId('open-threads').click();
    const threadB = pageB.locator(`[data-testid=thread][data-annotation-id="${annotationId}"]`);
    await expect(threadB.getByTestId('thread-note')).toHaveText(note);

    // B agrees (同问) and replies; A sees both.
    await threadB.getByTestId('reaction-same-question').click();
    await threadB.getByTestId('reply-input').fill('我也有同样的疑问，结合上下文看是讲群众观点。');
    await threadB.getByTestId('reply-submit').click();
    const threadA = pageA.locator(`[data-testid=thread][data-annotation-id="${annotationId}"]`);
    await expect(threadA.getByTestId('reply').filter({ hasText: '我也有同样的疑问' })).toHaveCount(1);
    await expect(threadA.getByTestId('reaction-same-question')).toHaveAttribute('data-count', '1');
    await expect(threadB.getByTestId('reply').filter({ hasText: '我也有同样的疑问' })).not.toHaveAttribute('data-pending', /.*/);

    // A (a leader) pins the thread; B's card shows it pinned.
    await threadA.getByTestId('pin-toggle').click();
    await expect(threadB.getByTestId('pinned-badge')).toBeVisible();

    // B posts a reflection for the session as a whole; A sees it in the 体会 tab.
    await pageB.getByTestId('reflections-tab').click();
    await pageB.getByTestId('reflection-input').fill('今天学到：群众路线是党的生命线和根本工作路线。');
    await pageB.getByTestId('reflection-submit').click();
    await pageA.getByTestId('reflections-tab').click();
    await expect(pageA.getByTestId('reflection').filter({ hasText: '群众路线是党的生命线' })).toHaveCount(1);
    // A second, improper one: the leader hides it; it leaves B's page live and stays, marked, on A's.
    await pageB.getByTestId('reflection-input').fill('一条跑题的体会');
    await pageB.getByTestId('reflection-submit').click();
    const improper = pageA.getByTestId('reflection').filter({ hasText: '一条跑题的体会' });
    await improper.getByTestId('hide-reflection-toggle').click();
    await expect(improper.getByTestId('hide-reflection-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(pageB.getByTestId('reflection').filter({ hasText: '一条跑题的体会' })).toHaveCount(0);
    await expect(improper).toHaveCount(1);
    await pageA.getByTestId('annotations-tab').click();
    await pageB.getByTestId('annotations-tab').click();

    await shot(pageA, 'desktop-1280x800-leader');
    await shot(pageB, 'phone-390x844-thread');
    await pageB.getByTestId('thread-panel').getByRole('button', { name: '关闭' }).click();

    // Follow the leader: A jumps to a later heading; B's view goes there.
    const headings = pageA.locator('[data-testid=reader-body] :is(h3, h4) > [data-block-id]');
    const target = (await headings.nth(Math.min(4, (await headings.count()) - 1)).getAttribute('data-block-id'))!;
    await pageA.evaluate((id) => document.querySelector(`[data-block-id="${id}"]`)!.scrollIntoView({ block: 'start' }), target);
    await expect.poll(() => isInViewport(pageB, `[data-block-id="${target}"]`), { timeout: 10_000 }).toBe(true);
    // …and A's presence list shows B reading that section.
    const headingText = (await pageA.locator(`[data-block-id="${target}"]`).innerText()).trim();
    await expect(presenceA.locator(`[data-testid=presence-member][data-user-id="${b.id}"]`)).toContainText(headingText);
    await shot(pageB, 'phone-390x844-following');

    // B scrolls by hand: following stops, and A's next move leaves B where B is.
    await pageB.mouse.move(200, 400);
    await pageB.mouse.wheel(0, 900);
    await expect(pageB.getByTestId('follow-toggle')).toHaveAttribute('aria-pressed', 'false');
    const later = (await headings.nth(Math.min(8, (await headings.count()) - 1)).getAttribute('data-block-id'))!;
    await pageA.evaluate((id) => document.querySelector(`[data-block-id="${id}"]`)!.scrollIntoView({ block: 'start' }), later);
    await pageA.waitForTimeout(1_500);
    expect(await isInViewport(pageB, `[data-block-id="${later}"]`)).toBe(false);
    // 跟学 again: straight to the leader's passage.
    await pageB.getByTestId('follow-toggle').click();
    await expect(pageB.getByTestId('follow-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => isInViewport(pageB, `[data-block-id="${later}"]`), { timeout: 10_000 }).toBe(true);

    // B drops off the network: the page says so, a reply written now waits, and A does not have it yet.
    await contextB.setOffline(true);
    await expect(pageB.getByTestId('connection-state')).toHaveAttribute('data-state', 'offline');
    // (A still lists B until the server's heartbeat gives up on B's connection: a dropped network sends no goodbye.)
    const offlineReply = '（离线时写的）回去再读一遍第二部分。';
    await pageB.getByTestId('open-threads').click();
    await threadB.getByTestId('reply-input').fill(offlineReply);
    await threadB.getByTestId('reply-submit').click();
    const pendingB = threadB.getByTestId('reply').filter({ hasText: offlineReply });
    await expect(pendingB).toHaveAttribute('data-pending', 'true');
    await expect(pendingB.getByTestId('pending-label')).toHaveText('待发送');
    await expect(pageB.getByTestId('connection-state')).toContainText('1 条待发送');
    await shot(pageB, 'phone-390x844-offline');
    await pageA.waitForTimeout(1_000);
    await expect(threadA.getByTestId('reply').filter({ hasText: offlineReply })).toHaveCount(0);

    // Back online: the reply is sent, reaches A exactly once, and B is present again.
    await contextB.setOffline(false);
    await expect(pageB.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');
    await expect(pendingB).not.toHaveAttribute('data-pending', /.*/);
    await expect(threadA.getByTestId('reply').filter({ hasText: offlineReply })).toHaveCount(1);
    await expect(presenceA.getByTestId('presence-member')).toHaveCount(2);
    await pageA.waitForTimeout(1_500);
    await expect(threadA.getByTestId('reply').filter({ hasText: offlineReply })).toHaveCount(1);
    await expect(threadB.getByTestId('reply').filter({ hasText: offlineReply })).toHaveCount(1);
    // And the server stored it once.
    const stored = await pageA.request.get(`/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${session.id}`);
    const { annotations } = (await stored.json()) as { annotations: { id: string; replies: { body: string }[] }[] };
    expect(annotations.find((x) => x.id === annotationId)!.replies.filter((r) => r.body === offlineReply)).toHaveLength(1);
    await pageB.getByTestId('thread-panel').getByRole('button', { name: '关闭' }).click();

    await pageA.evaluate(() => window.scrollTo(0, 0));
    await shot(pageA, 'desktop-1280x800-top');

    // The leader ends the session: B is told where B is reading.
    await pageA.getByTestId('session-end').click();
    await pageA.getByTestId('session-end-confirm').click();
    await expect(pageB.getByTestId('session-ended-banner')).toBeVisible();
    await expect(pageB.getByTestId('session-minutes-link')).toBeVisible();
    await expect(pageA.getByTestId('session-ended-banner')).toBeVisible();
    await pageB.waitForTimeout(1_000); // let B's follow scroll (to where A went last) come to rest for the picture
    await shot(pageB, 'phone-390x844-ended');
  } finally {
    await Promise.all([contextA.close(), contextB.close()]);
  }
});

test('a session page is not found for someone outside the group', async ({ browser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const contexts: BrowserContext[] = [await browser.newContext({ baseURL }), await browser.newContext({ baseURL })];
  try {
    const [owner, stranger] = await Promise.all(contexts.map((c) => c.newPage()));
    await signUpAndIn(owner, '赵敏');
    await signUpAndIn(stranger, '周强');
    const group = await makeGroup(owner, [], '另一个小组');
    const session = await startSession(owner, group.id, '外人看不到');
    const response = await stranger.goto(`/sessions/${session.id}`);
    expect(response?.status()).toBe(404);
    expect((await stranger.goto('/sessions/no-such-session-id'))?.status()).toBe(404);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

test('the reading page outside a session is live too: highlights, @-mentions from the autocomplete, the bell', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL;
  const contexts = [await browser.newContext({ baseURL, viewport: DESKTOP }), await browser.newContext({ baseURL, viewport: DESKTOP })];
  try {
    const [pageA, pageB] = await Promise.all(contexts.map((c) => c.newPage()));
    const a = await signUpAndIn(pageA, '孙丽');
    await signUpAndIn(pageB, '吴刚');
    const group = await makeGroup(pageA, [pageB], '周三读书会');
    const href = `/read/mass-line-guide?group=${group.id}`;
    await Promise.all([pageA.goto(href), pageB.goto(href)]);
    for (const page of [pageA, pageB]) await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');

    // A highlights; B sees it without a reload.
    const blockId = (await pageA.locator('[data-testid=reader-body] p[data-block-id]').nth(1).getAttribute('data-block-id'))!;
    await selectInBlock(pageA, blockId, 2, 10);
    await pageA.getByTestId('note-input').fill('这里是全文的总纲。');
    await pageA.getByTestId('save-annotation').click();
    const annotationId = (await pageA.locator('mark[data-annotation-id]').getAttribute('data-annotation-id'))!;
    const threadB = pageB.locator(`[data-testid=thread][data-annotation-id="${annotationId}"]`);
    await expect(threadB.getByTestId('thread-note')).toHaveText('这里是全文的总纲。');

    // B mentions A by picking A from the autocomplete, and replies.
    const input = threadB.getByTestId('reply-input');
    await input.click();
    await input.pressSequentially('同意 @孙');
    await threadB.getByTestId('mention-option').filter({ hasText: a.name }).click();
    await expect(input).toHaveValue(`同意 @${a.name} `);
    await input.pressSequentially('说得好');
    await threadB.getByTestId('reply-submit').click();
    const threadA = pageA.locator(`[data-testid=thread][data-annotation-id="${annotationId}"]`);
    await expect(threadA.getByTestId('reply')).toHaveText(new RegExp(`同意 @${a.name} 说得好`));

    // A's bell: a mention and a reply, live; the mention leads back to the thread.
    await expect(pageA.getByTestId('notification-count')).toHaveText('2');
    await pageA.getByTestId('notification-bell').click();
    await pageA.getByTestId('notification-item').filter({ hasText: '提到了你' }).click();
    await pageA.waitForURL((url) => url.hash === `#annotation-${annotationId}`);
    await expect(pageA.locator(`[data-testid=thread][data-annotation-id="${annotationId}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(pageA.getByTestId('notification-count')).toHaveText('1');

    // A (the group's owner, so a leader) hides B's reply: B's page drops its words, A's keeps them, marked.
    const replyA = threadA.getByTestId('reply').first();
    await replyA.getByTestId('hide-reply-toggle').click();
    await expect(replyA.getByTestId('hidden-badge')).toBeVisible();
    await expect(threadB.getByTestId('reply').first().getByTestId('reply-hidden')).toBeVisible();
    await expect(threadB.getByTestId('reply').first()).not.toContainText('说得好');
    // …and marks the thread resolved, which B sees too.
    await threadA.getByTestId('resolve-toggle').click();
    await expect(threadB.getByTestId('resolved-badge')).toBeVisible();
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
