/**
 * Acceptance 4: a leader opens the minutes (学习记录) of a finished session, edits the summary and saves it (kept
 * after a reload), downloads Markdown and .docx — both non-empty, both naming the attendees and quoting the most
 * highlighted passage — and the print layout (A4-sized, print media) shows the record without the site header or
 * any button. A second test walks the other look-back pages over the same kind of session: timeline replay,
 * passage and member history, search with marks, export links.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { docxText, readZip, seedFinishedSession } from '../fixtures/history';

// Three sign-ups through the pages and a seeded session come before each test's own steps.
test.describe.configure({ timeout: 120_000 });

/** A screenshot at phone width (390 px) beside the test's output, for a person to look at; then back to desktop. */
async function shoot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: no sideways scrolling`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath(name), fullPage });
  if (size) await page.setViewportSize(size);
}

test('a leader edits the minutes’ summary, downloads them as Markdown and Word, and prints them on A4', async ({ browser, baseURL }, testInfo) => {
  const seed = await seedFinishedSession(browser, baseURL!);
  const page = seed.leader.page;
  const attendees = [seed.leader, ...seed.members].map((p) => p.user.name);

  await page.goto(`/sessions/${seed.sessionId}/minutes`);
  const minutes = page.getByTestId('minutes');
  await expect(minutes).toHaveAttribute('data-status', 'ended');
  await expect(page.getByTestId('minutes-title')).toHaveText('学习记录');
  await expect(page.getByTestId('minutes-meta')).toContainText(seed.groupName);
  await expect(page.getByTestId('minutes-meta')).toContainText(seed.title);
  await expect(page.getByTestId('attendance-row')).toHaveCount(3);
  for (const name of attendees) await expect(page.getByTestId('attendance-table')).toContainText(name);
  await expect(page.getByTestId('absent-list')).toContainText('无');
  await expect(page.getByTestId('top-passage').first()).toContainText(seed.quote);
  await expect(page.getByTestId('discussion')).toContainText(seed.notes.question);
  await expect(page.getByTestId('discussion-reply')).toContainText(seed.reply);

  // The summary: edit, save, see it saved, and find it again after a reload.
  const summary = '本次学习围绕群众路线展开。\n大家联系实际谈了体会，下次继续学习第二部分。';
  await page.getByTestId('summary-input').fill(summary);
  await expect(page.getByTestId('summary-status')).toHaveAttribute('data-state', 'dirty');
  const saved = page.waitForResponse((r) => r.url().endsWith(`/api/sessions/${seed.sessionId}/summary`) && r.request().method() === 'PUT');
  await page.getByTestId('summary-save').click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByTestId('summary-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('summary-status')).toContainText('已保存');
  await page.reload();
  await expect(page.getByTestId('summary-input')).toHaveValue(summary);
  await page.screenshot({ path: testInfo.outputPath('minutes-desktop.png'), fullPage: true });

  // Markdown: non-empty, with the attendees, the quoted passage and the summary.
  const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  expect(mdDownload.suggestedFilename()).toMatch(/\.md$/);
  const md = await readFile((await mdDownload.path())!, 'utf8');
  expect(md.length).toBeGreaterThan(200);
  for (const name of attendees) expect(md).toContain(name);
  expect(md).toContain(`> ${seed.quote}`);
  expect(md).toContain('本次学习围绕群众路线展开。');

  // Word: a zip whose document.xml names the attendees and quotes the passage.
  const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
  expect(docxDownload.suggestedFilename()).toMatch(/\.docx$/);
  const docx = await readFile((await docxDownload.path())!);
  expect(docx.length).toBeGreaterThan(1000);
  const entries = readZip(docx);
  const documentXml = entries.get('word/document.xml')?.toString('utf8');
  expect(documentXml, 'word/document.xml').toBeTruthy();
  const words = docxText(documentXml!);
  for (const name of attendees) expect(words).toContain(name);
  expect(words).toContain(seed.quote);
  expect(words).toContain('本次学习围绕群众路线展开。');

  // The print layout on an A4-sized page: the record without the site header, buttons or the text box.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.getByTestId('minutes-actions')).toBeHidden();
  await expect(page.getByTestId('summary-input')).toBeHidden();
  await expect(page.getByTestId('summary-save')).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  await expect(page.getByTestId('minutes-title')).toBeVisible();
  await expect(page.getByTestId('summary-text')).toBeVisible();
  await expect(page.getByTestId('summary-text')).toContainText('下次继续学习第二部分');
  expect(await minutes.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Serif');
  const borders = await page.getByTestId('attendance-table').locator('td').first().evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(borders).toBe('solid');
  await page.screenshot({ path: testInfo.outputPath('minutes-print-a4.png'), fullPage: true });
  await page.screenshot({ path: testInfo.outputPath('minutes-print-a4-first-page.png') });

  // And on a phone, as a member sees it (no editor, the summary as text).
  const member = seed.members[0].page;
  await member.setViewportSize({ width: 390, height: 844 });
  await member.goto(`/sessions/${seed.sessionId}/minutes`);
  await expect(member.getByTestId('summary-text')).toContainText('本次学习围绕群众路线展开。');
  await expect(member.getByTestId('summary-input')).toHaveCount(0);
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await member.screenshot({ path: testInfo.outputPath('minutes-phone.png'), fullPage: true });

  await seed.close();
});

test('the session replays step by step; passages, members and search lead back to the discussion', async ({ browser, baseURL }, testInfo) => {
  const seed = await seedFinishedSession(browser, baseURL!);
  const page = seed.leader.page;
  const hydrationErrors: string[] = [];
  for (const p of [seed.leader, ...seed.members]) {
    p.page.on('console', (m) => {
      if (m.type() === 'error' && /hydrat|did not match|Minified React error #4(18|23|25)/i.test(m.text())) hydrationErrors.push(m.text());
    });
  }

  // The group page leads to the review, search, exchange and each member's record.
  await page.goto(`/groups/${seed.groupId}`);
  await expect(page.getByTestId('session-review')).toBeVisible();
  await expect(page.getByTestId('member-record-link')).toHaveCount(2);
  await shoot(page, testInfo, 'group-phone.png');
  await page.getByTestId('session-review').click();
  await page.waitForURL(`**/sessions/${seed.sessionId}/history`);

  // Timeline: everything shown, then replayed from the start a step at a time.
  const items = page.getByTestId('timeline-item');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(8); // 3 joined, 3 highlights, a reply, a left, the end …
  await expect(items.filter({ hasText: seed.reply })).toHaveCount(1);
  await page.getByTestId('replay-slider').fill('0');
  await expect(items).toHaveCount(0);
  await page.getByTestId('replay-forward').click();
  await page.getByTestId('replay-forward').click();
  await expect(items).toHaveCount(2);
  await expect(page).toHaveURL(/step=2/);
  await page.getByTestId('replay-back').click();
  await expect(items).toHaveCount(1);
  await page.getByTestId('replay-play').click();
  await expect(items).toHaveCount(total, { timeout: total * 1500 });
  await expect(page.getByTestId('replay-play')).toBeVisible();
  await page.getByTestId('replay-jump').selectOption(String(3));
  await expect(items).toHaveCount(4);
  await page.getByTestId('replay-all').click();
  await expect(items).toHaveCount(total);
  await items.nth(2).getByTestId('jump-here').click();
  await expect(items).toHaveCount(3);
  await expect(items.nth(2)).toHaveAttribute('data-current', 'true');
  await page.getByTestId('replay-all').click();
  const replyItem = items.filter({ hasText: seed.reply });
  await expect(replyItem.getByTestId('item-passage-link')).toHaveAttribute('href', new RegExp(`^/read/mass-line-guide\\?group=${seed.groupId}#annotation-`));
  await shoot(page, testInfo, 'timeline-phone.png', false);

  // Passage history: both threads on the paragraph, newest or oldest first.
  await replyItem.getByTestId('item-history-link').click();
  await page.waitForURL(`**/groups/${seed.groupId}/passages/**`);
  const threads = page.getByTestId('history-thread');
  await expect(threads).toHaveCount(2);
  await expect(threads.first()).toContainText(seed.notes.question);
  await page.getByTestId('passage-order-oldest').click();
  await expect(page).toHaveURL(/order=oldest/);
  await expect(threads.first()).toContainText(seed.notes.leader);
  await expect(threads.nth(1).getByTestId('history-reply')).toContainText(seed.reply);
  await shoot(page, testInfo, 'passage-phone.png');

  // Member history: the leader sees a member's record; the member cannot see another's.
  await page.goto(`/groups/${seed.groupId}/members/${seed.members[0].id}`);
  await expect(page.getByTestId('member-annotations')).toContainText(seed.notes.question);
  await shoot(page, testInfo, 'member-phone.png');
  const other = seed.members[1].page;
  await other.goto(`/groups/${seed.groupId}/members/${seed.members[0].id}`);
  await expect(other.getByTestId('member-forbidden')).toBeVisible();
  await other.goto(`/groups/${seed.groupId}/members/me`);
  await expect(other.getByTestId('member-replies')).toContainText(seed.reply);

  // Search: a two-character query, the match marked, a kind filter in the address.
  await page.goto(`/groups/${seed.groupId}/search`);
  await page.getByTestId('search-input').fill('体会');
  await page.getByTestId('search-submit').click();
  await expect(page).toHaveURL(/q=%E4%BD%93%E4%BC%9A/);
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await expect(page.getByTestId('search-mark').first()).toHaveText('体会');
  await page.getByTestId('kind-chip').and(page.locator('[data-kind="insight"]')).click();
  await page.getByTestId('search-submit').click();
  await expect(page).toHaveURL(/kind=insight/);
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toContainText(seed.notes.member);
  await shoot(page, testInfo, 'search-phone.png');

  // Exchange: export links for the group and the session.
  await page.goto(`/groups/${seed.groupId}/exchange`);
  await expect(page.getByTestId('export-group').getByTestId('export-jsonld')).toHaveAttribute('href', /format=jsonld/);
  await expect(page.getByTestId('export-session')).toHaveCount(1);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-session').getByTestId('export-csv').click()]);
  expect(await readFile((await csv.path())!, 'utf8')).toContain(seed.notes.question);
  await shoot(page, testInfo, 'exchange-phone.png');

  // Import: the group's JSON-LD export into another group the leader leads; a file that is not JSON is refused.
  const [jsonld] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-group').getByTestId('export-jsonld').click()]);
  const exported = await readFile((await jsonld.path())!);
  const brother = await (await page.request.post('/api/groups', { data: { name: '兄弟小组' } })).json();
  await page.goto(`/groups/${brother.group.id}/exchange`);
  await page.getByTestId('import-file').setInputFiles({ name: 'not-json.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{ not json') });
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-error')).toBeVisible();
  await page.getByTestId('import-file').setInputFiles({ name: 'export.jsonld', mimeType: 'application/ld+json', buffer: exported });
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-report')).toContainText('3');
  await expect(page.getByTestId('import-report')).toContainText(seed.members[0].user.name);


  // In English: the minutes' labels and the replay controls follow the language cookie.
  const english = seed.members[1];
  await english.context.addCookies([{ name: 'gongdu-lang', value: 'en', url: baseURL! }]);
  await english.page.goto(`/sessions/${seed.sessionId}/minutes`);
  await expect(english.page.getByTestId('minutes-title')).toHaveText('Study session minutes');
  await expect(english.page.getByTestId('download-docx')).toHaveAttribute('href', /lang=en/);
  await english.page.goto(`/sessions/${seed.sessionId}/history`);
  await expect(english.page.getByTestId('replay-position')).toContainText('of');
  await shoot(english.page, testInfo, 'timeline-en-phone.png', false);

  expect(hydrationErrors, 'no hydration errors on the look-back pages').toEqual([]);
  await seed.close();
});
