/**
 * The group library in real Chromium (issue "The library", acceptance 4): a leader uploads a .txt through the
 * page's file input, checks the recognised outline (and corrects a heading level, then undoes it), saves; a member
 * annotates a sentence with a typo; the leader fixes the typo on the edit page and reads the revision report (one
 * moved: its words changed); the member's highlight is still on that sentence, now corrected, with its thread,
 * marked as moved by that revision. Bad files (empty, binary, too
 * large) are refused in words and nothing is saved; a GB18030 file is detected and converted.
 */
import { expect, test, type Page } from '@playwright/test';
import { newUser, paragraphs, signUpInBrowser } from '../fixtures/users';
import { FIXED_SENTENCE, GB18030_NOTES, HANDOUT, HANDOUT_OUTLINE, HANDOUT_TITLE, PNG_BYTES, TYPO_SENTENCE, annotateThroughToolbar, groupTexts, groupWith } from '../fixtures/library';

const NOTE = '要像小学生一样向群众请教';

async function openNewTextPage(leader: Page, groupId: string) {
  await leader.goto(`/groups/${groupId}`);
  await leader.getByTestId('group-library-link').click();
  await leader.waitForURL(`**/groups/${groupId}/library`);
  await leader.getByTestId('library-upload').click();
  await leader.waitForURL(`**/groups/${groupId}/library/new`);
}

test('a leader uploads a text, a member annotates it, the leader fixes a typo: the annotation stays on its sentence', async ({ browser }) => {
  const [leaderCtx, memberCtx] = [await browser.newContext(), await browser.newContext()];
  const [leader, member] = [await leaderCtx.newPage(), await memberCtx.newPage()];
  await signUpInBrowser(leader, newUser('周组长'));
  await signUpInBrowser(member, newUser('吴同学'));
  const group = await groupWith(leader, [member]);

  // Upload: the preview shows what the importer recognised, before anything is saved.
  await openNewTextPage(leader, group.id);
  await leader.getByTestId('text-file-input').setInputFiles({ name: '调查研究讲义.txt', mimeType: 'text/plain', buffer: Buffer.from(HANDOUT, 'utf8') });
  const preview = leader.getByTestId('text-preview');
  await expect(preview).toBeVisible();
  await expect(leader.getByTestId('preview-title')).toHaveValue(HANDOUT_TITLE);
  await expect(leader.getByTestId('preview-subtitle')).toHaveText('学习小组读书会讲义');
  await expect(leader.getByTestId('preview-byline')).toHaveText('学习小组编');
  await expect(leader.getByTestId('preview-encoding')).toHaveAttribute('data-encoding', 'utf-8');
  await expect(leader.getByTestId('outline-text')).toHaveText(HANDOUT_OUTLINE);
  await expect(leader.getByTestId('outline-item').first()).toHaveAttribute('data-level', 'chapter');
  await expect(leader.getByTestId('outline-item').nth(1)).toHaveAttribute('data-level', 'section');
  const blocks = Number(await leader.getByTestId('count-blocks').getAttribute('data-count'));
  expect(blocks).toBe(13);
  expect(await groupTexts(leader, group.id)).toEqual([]);

  // A heading level corrected re-runs the preview; the corrected row stays listed and can be undone.
  const point = leader.getByTestId('outline-item').filter({ hasText: '1. 要深入基层。' });
  await point.getByTestId('outline-level').selectOption('paragraph');
  await expect(point).toHaveAttribute('data-overridden', 'true');
  await expect(point).toHaveAttribute('data-level', 'paragraph');
  await expect(leader.getByTestId('count-blocks')).toHaveAttribute('data-count', String(blocks - 1));
  await point.getByTestId('outline-reset').click();
  await expect(point).toHaveAttribute('data-level', 'section');
  await expect(point).not.toHaveAttribute('data-overridden', 'true');
  await expect(leader.getByTestId('count-blocks')).toHaveAttribute('data-count', String(blocks));

  await leader.getByTestId('save-text').click();
  await leader.waitForURL(new RegExp(`/read/t_[0-9a-f]+\\?group=${group.id}$`));
  await expect(leader.getByTestId('reader-body')).toBeVisible();
  const textId = new URL(leader.url()).pathname.split('/').pop()!;
  expect(await groupTexts(leader, group.id)).toEqual([expect.objectContaining({ id: textId, title: HANDOUT_TITLE })]);

  // The member annotates the sentence with the typo.
  const typoParagraph = (await paragraphs(member, textId)).find((p) => p.text.includes(TYPO_SENTENCE))!;
  expect(typoParagraph).toBeDefined();
  const start = typoParagraph.text.indexOf(TYPO_SENTENCE);
  await member.goto(`/read/${textId}?group=${group.id}`);
  await expect(member.getByTestId('reader-body')).toBeVisible();
  const annotation = await annotateThroughToolbar(member, { textId, groupId: group.id }, typoParagraph.id, start, start + TYPO_SENTENCE.length, { kind: 'key', note: NOTE });
  expect(annotation.exact).toBe(TYPO_SENTENCE);
  await expect(member.locator(`mark[data-annotation-id="${annotation.id}"]`).first()).toBeVisible();

  // The leader fixes the typo from the group library's 修订 link and reads the report.
  await leader.goto(`/groups/${group.id}/library`);
  await leader.getByTestId('own-text').filter({ hasText: HANDOUT_TITLE }).getByTestId('text-revise').click();
  await leader.waitForURL(`**/texts/${textId}/edit`);
  const source = leader.getByTestId('source-input');
  await expect(source).toHaveValue(HANDOUT);
  await source.fill(HANDOUT.replace('英熊', '英雄'));
  await leader.getByTestId('revision-note').fill('改正错别字：英熊→英雄');
  await leader.getByTestId('save-version').click();
  const result = leader.getByTestId('revision-result');
  await expect(result).toBeVisible();
  await expect(result.getByTestId('revision-report')).toHaveAttribute('data-version', '2');
  await expect(result.getByTestId('report-orphaned')).toHaveAttribute('data-count', '0');
  // The fix changed the quoted words: "moved", not "stayed" (same passage, same words).
  await expect(result.getByTestId('report-stayed')).toHaveAttribute('data-count', '0');
  await expect(result.getByTestId('report-moved')).toHaveAttribute('data-count', '1');
  await expect(result.getByTestId('report-orphan')).toHaveCount(0);

  // The versions page keeps both, with the note and the report.
  await result.getByTestId('versions-link').click();
  await leader.waitForURL(`**/texts/${textId}/versions`);
  await expect(leader.getByTestId('version-item')).toHaveCount(2);
  await expect(leader.getByTestId('version-item').first()).toHaveAttribute('data-number', '2');
  await expect(leader.getByTestId('version-note')).toHaveText('改正错别字：英熊→英雄');
  await expect(leader.getByTestId('unanchored-panel')).toHaveCount(0);

  // The member reloads: the highlight is on the corrected sentence, and the thread is there.
  await member.reload();
  await expect(member.getByTestId('reader-body')).toBeVisible();
  const marks = member.locator(`mark[data-annotation-id="${annotation.id}"]`);
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).join('')).toBe(FIXED_SENTENCE);
  const block = member.locator('[data-block-id]', { has: marks.first() }).last();
  await expect(block).toContainText(`掌握。${FIXED_SENTENCE}只有甘当小学生`);
  await expect(member.getByTestId('thread-panel').getByTestId('thread-note')).toContainText([NOTE]);
  // …and is marked as moved by the revision to version 2.
  await expect(member.getByTestId('thread-panel').getByTestId('moved-badge')).toHaveAttribute('data-version', '2');
  await expect(member.getByText('英熊')).toHaveCount(0);

  await leaderCtx.close();
  await memberCtx.close();
});

test('a session keeps the version it read: its threads a later revision moved are listed as not in this version', async ({ page }) => {
  await signUpInBrowser(page, newUser('郑组长'));
  const group = await groupWith(page, []);
  const uploaded = await page.request.post(`/api/groups/${group.id}/texts`, { data: { fileName: '调查研究讲义.txt', base64: Buffer.from(HANDOUT, 'utf8').toString('base64') } });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const textId = ((await uploaded.json()) as { text: { id: string } }).text.id;
  const { text } = (await (await page.request.get(`/api/texts/${textId}`)).json()) as { text: { blocks: { id: string; text: string }[] } };
  const block = text.blocks.find((b) => b.text.includes(TYPO_SENTENCE))!;
  const start = Array.from(block.text).join('').indexOf(TYPO_SENTENCE);
  const scheduled = await page.request.post(`/api/groups/${group.id}/sessions`, { data: { title: '修订前的学习', textId, scheduledAt: new Date().toISOString() } });
  const sessionId = ((await scheduled.json()) as { session: { id: string } }).session.id;
  expect((await page.request.post(`/api/sessions/${sessionId}/start`)).status()).toBe(200);
  const made = await page.request.post('/api/annotations', { data: { groupId: group.id, blockId: block.id, start, end: start + 2, exact: TYPO_SENTENCE.slice(0, 2), note: NOTE, sessionId } });
  expect(made.status(), await made.text()).toBe(201);
  const annotationId = ((await made.json()) as { annotation: { id: string } }).annotation.id;
  // The typo fixed: the thread moves to the new version; the session still reads the one it started on.
  const revised = await page.request.post(`/api/texts/${textId}/versions`, { data: { source: HANDOUT.replace(TYPO_SENTENCE, FIXED_SENTENCE), note: '改正错别字' } });
  expect(revised.status(), await revised.text()).toBe(201);

  await page.goto(`/sessions/${sessionId}`);
  await expect(page.getByTestId('reader-body')).toContainText(TYPO_SENTENCE);
  const thread = page.locator(`[data-testid="thread"][data-annotation-id="${annotationId}"]`);
  await expect(thread).toContainText(NOTE);
  await expect(thread).toContainText('原文已修订，未能在当前版本中定位');
});

test('an empty, a binary or a too-large file is refused in words, and nothing is saved', async ({ page }) => {
  await signUpInBrowser(page, newUser('郑组长'));
  const group = await groupWith(page, []);
  await openNewTextPage(page, group.id);
  const input = page.getByTestId('text-file-input');
  const error = page.getByTestId('upload-error');

  await input.setInputFiles({ name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(error).toHaveAttribute('data-code', 'empty');
  await expect(error).toContainText('文件是空的');
  await expect(error).toContainText('没有保存任何内容');
  await expect(page.getByTestId('text-preview')).toHaveCount(0);
  await expect(page.getByTestId('save-text')).toHaveCount(0);

  await input.setInputFiles({ name: '讲义.txt', mimeType: 'text/plain', buffer: PNG_BYTES });
  await expect(error).toHaveAttribute('data-code', 'binary');
  await expect(error).toContainText('这不是纯文本文件');
  await expect(error.getByTestId('problem-message')).toContainText('PNG');
  await expect(page.getByTestId('save-text')).toHaveCount(0);

  // A good file previews; choosing a bad one afterwards takes the preview (and its save button) away.
  await input.setInputFiles({ name: '讲义.txt', mimeType: 'text/plain', buffer: Buffer.from(HANDOUT, 'utf8') });
  await expect(page.getByTestId('text-preview')).toBeVisible();
  await expect(error).toHaveCount(0);
  await input.setInputFiles({ name: '全书.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 0x41) });
  await expect(error).toHaveAttribute('data-code', 'too_large');
  await expect(error).toContainText('上限 2 MB');
  await expect(page.getByTestId('text-preview')).toHaveCount(0);

  expect(await groupTexts(page, group.id)).toEqual([]);
  await page.goto(`/groups/${group.id}/library`);
  await expect(page.getByTestId('own-empty')).toBeVisible();
  await expect(page.getByTestId('own-text')).toHaveCount(0);
});

test('a GB18030 file is detected and converted; a member cannot add texts', async ({ browser }) => {
  const [leaderCtx, memberCtx] = [await browser.newContext(), await browser.newContext()];
  const [leader, member] = [await leaderCtx.newPage(), await memberCtx.newPage()];
  await signUpInBrowser(leader, newUser('冯组长'));
  await signUpInBrowser(member, newUser('陈同学'));
  const group = await groupWith(leader, [member]);

  await openNewTextPage(leader, group.id);
  await leader.getByTestId('text-file-input').setInputFiles({ name: '读书笔记.txt', mimeType: 'text/plain', buffer: GB18030_NOTES });
  await expect(leader.getByTestId('preview-encoding')).toHaveAttribute('data-encoding', 'gb18030');
  await expect(leader.getByTestId('preview-title')).toHaveValue('读书笔记');
  await expect(leader.getByTestId('outline-text')).toHaveText(['一、第一章', '二、第二章']);

  await member.goto(`/groups/${group.id}/library`);
  await expect(member.getByTestId('own-empty')).toBeVisible();
  await expect(member.getByTestId('library-upload')).toHaveCount(0);
  await member.goto(`/groups/${group.id}/library/new`);
  await expect(member.getByTestId('new-text-leader-only')).toBeVisible();
  await expect(member.getByTestId('text-file-input')).toHaveCount(0);

  await leaderCtx.close();
  await memberCtx.close();
});
