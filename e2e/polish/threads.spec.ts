/**
 * Threads in the page (issue 12, findings 6, 10 and 12): a reply to a specific reply (回复 X, parentId), a long
 * comment folded with 展开全文 / 收起, a 20,000-character paste counted and refused in words in the reply box and
 * both edit boxes (never cut), the same for a session reflection, and an imported thread showing its original author
 * (原作者).
 */
import { expect, test } from '@playwright/test';
import { makeGroup, showThreads, signUpAndIn, startSession } from '../fixtures/live';
import { paragraphs } from '../fixtures/users';

test.setTimeout(180_000);

test('reply to a reply; long comments fold; long pastes are counted and refused, not cut', async ({ browser, page }) => {
  await signUpAndIn(page, '王芳');
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUpAndIn(other, '李明');
  const group = await makeGroup(page, [other]);
  const para = (await paragraphs(page, 'mass-line-guide'))[1];
  const exact = Array.from(para.text).slice(0, 6).join('');
  const long = '群众路线是我们党的生命线和根本工作路线。'.repeat(250); // 5,000 characters
  const made = await (await page.request.post('/api/annotations', { data: { groupId: group.id, blockId: para.id, start: 0, end: 6, exact, kind: 'question', note: long } })).json();
  const annotationId = made.annotation.id as string;
  const first = await (await other.request.post(`/api/annotations/${annotationId}/replies`, { data: { body: '我理解是要从群众中来' } })).json();

  await page.goto(`/read/mass-line-guide?group=${group.id}#annotation-${annotationId}`);
  await page.waitForLoadState('networkidle');
  const thread = page.locator(`[data-testid="thread"][data-annotation-id="${annotationId}"]`);
  await showThreads(page);
  await expect(thread).toBeVisible();

  // the 5,000-character note is folded, and opens and closes
  const note = thread.getByTestId('thread-note');
  await expect(note).toHaveAttribute('data-folded', 'true');
  const folded = (await note.boundingBox())!.height;
  expect(folded).toBeLessThan(300);
  await thread.getByTestId('fold-toggle').click();
  await expect(thread.getByTestId('fold-toggle')).toHaveText('收起');
  await expect(thread.getByTestId('fold-toggle')).toHaveAttribute('aria-expanded', 'true');
  expect((await note.boundingBox())!.height).toBeGreaterThan(folded * 3);
  await thread.getByTestId('fold-toggle').click();
  await expect(thread.getByTestId('fold-toggle')).toHaveText('展开全文');

  // answering 李明's reply: the box says whom it answers, and the reply records it
  await thread.getByTestId('reply').filter({ hasText: '我理解是要从群众中来' }).getByTestId('reply-to').click();
  await expect(thread.getByTestId('replying-to')).toContainText('回复 李明');
  await expect(thread.getByTestId('reply-input')).toBeFocused();
  await page.keyboard.type('还要到群众中去');
  await thread.getByTestId('reply-submit').click();
  const answer = thread.getByTestId('reply').filter({ hasText: '还要到群众中去' });
  await expect(answer.getByTestId('reply-parent')).toHaveText('回复 李明');
  await expect(answer).not.toHaveAttribute('data-pending', 'true');
  await expect(thread.getByTestId('replying-to')).toHaveCount(0);
  const stored = await (await page.request.get(`/api/annotations/${annotationId}`)).json();
  const saved = stored.annotation.replies.find((r: { body: string }) => r.body === '还要到群众中去');
  expect(saved.parentId).toBe(first.reply.id);

  // a 20,000-character paste stays whole, with a message, and cannot be sent — reply, edit of a reply, edit of a note
  const huge = '群'.repeat(20_000);
  await thread.getByTestId('reply-input').fill(huge);
  await expect(thread.getByTestId('reply-input')).toHaveValue(huge);
  await expect(thread.getByTestId('reply-count')).toHaveText('已超过 5000 字，请删减后再保存');
  await expect(thread.getByTestId('reply-submit')).toBeDisabled();
  await thread.getByTestId('reply-input').fill('');

  await answer.getByTestId('edit-reply').click();
  await thread.getByTestId('edit-reply-input').fill(huge);
  await expect(thread.getByTestId('edit-reply-input')).toHaveValue(huge);
  await expect(thread.getByTestId('edit-reply-count')).toHaveText('已超过 5000 字，请删减后再保存');
  await expect(thread.getByTestId('edit-reply-save')).toBeDisabled();

  await thread.getByTestId('edit-annotation').click();
  await thread.getByTestId('edit-note-input').fill(huge);
  await expect(thread.getByTestId('edit-note-input')).toHaveValue(huge);
  await expect(thread.getByTestId('edit-note-count')).toHaveText('已超过 5000 字，请删减后再保存');
  await expect(thread.getByTestId('edit-save')).toBeDisabled();
  await otherContext.close();
});

test('an imported thread shows its original author, not as an account', async ({ page }) => {
  await signUpAndIn(page, '组长周敏');
  const para = (await paragraphs(page, 'mass-line-guide'))[1];
  // a file from another group, where 王芳 wrote the highlight and 李明 replied
  const source = await makeGroup(page, [], '兄弟小组');
  const exact = Array.from(para.text).slice(0, 6).join('');
  const made = await (await page.request.post('/api/annotations', { data: { groupId: source.id, blockId: para.id, start: 0, end: 6, exact, kind: 'key', note: '原小组的批注' } })).json();
  await page.request.post(`/api/annotations/${made.annotation.id}/replies`, { data: { body: '原小组的回复' } });
  const file = await (await page.request.get(`/api/groups/${source.id}/export?format=jsonld`)).json();
  for (const item of file.first?.items ?? file.items ?? []) {
    const creator = item.creator;
    if (creator && typeof creator === 'object') item.creator = { ...creator, name: item.motivation === 'replying' ? '李明' : '王芳' };
  }
  const group = await makeGroup(page, [], '本小组');
  const imported = await page.request.post(`/api/groups/${group.id}/import`, { data: file });
  expect(imported.status(), await imported.text()).toBe(201);

  await page.goto(`/read/mass-line-guide?group=${group.id}`);
  await page.waitForLoadState('networkidle');
  await showThreads(page);
  const thread = page.getByTestId('thread').filter({ hasText: '原小组的批注' });
  await expect(thread.getByTestId('original-author').first()).toHaveText('原作者：王芳');
  await expect(thread.getByTestId('reply').getByTestId('original-author')).toHaveText('原作者：李明');
});

test('a session reflection: a long one folds, a 20,000-character paste is counted and refused', async ({ page }) => {
  await signUpAndIn(page, '王芳');
  const group = await makeGroup(page, []);
  const session = await startSession(page, group.id);
  const long = '这次学习让我懂得了什么是一切为了群众。'.repeat(100);
  expect((await page.request.post(`/api/sessions/${session.id}/reflections`, { data: { body: long } })).status()).toBe(201);
  await page.goto(`/sessions/${session.id}`);
  await page.waitForLoadState('networkidle');
  await showThreads(page);
  await page.getByTestId('reflections-tab').click();
  const reflection = page.getByTestId('reflection').filter({ hasText: '这次学习' });
  await expect(reflection.getByTestId('fold-toggle')).toHaveText('展开全文');
  await reflection.getByTestId('fold-toggle').click();
  await expect(reflection.getByTestId('fold-toggle')).toHaveText('收起');
  const huge = '群'.repeat(20_000);
  await page.getByTestId('reflection-input').fill(huge);
  await expect(page.getByTestId('reflection-input')).toHaveValue(huge);
  await expect(page.getByTestId('reflection-count')).toHaveText('已超过 5000 字，请删减后再保存');
  await expect(page.getByTestId('reflection-submit')).toBeDisabled();
});
