/** The selection composer: a long paste is counted and refused in words, not cut; its controls are 44 px to tap. */
import { expect, test } from '@playwright/test';
import { makeGroup, signUpAndIn } from '../fixtures/live';
import { paragraphs, selectInBlock } from '../fixtures/users';

test.setTimeout(180_000);

test('a 20,000-character note is counted and refused in words; the controls are big enough to tap', async ({ page }) => {
  await signUpAndIn(page, '王芳');
  const group = await makeGroup(page, []);
  await page.goto(`/read/mass-line-guide?group=${group.id}`);
  await page.waitForLoadState('networkidle');
  const para = (await paragraphs(page, 'mass-line-guide'))[1];
  await selectInBlock(page, para.id, 0, 6);
  const toolbar = page.getByTestId('selection-toolbar');
  await expect(toolbar).toBeVisible();
  await toolbar.getByTestId('note-input').fill('群'.repeat(20_000));
  await expect(toolbar.getByTestId('note-input')).toHaveValue('群'.repeat(20_000));
  await expect(toolbar.getByTestId('note-count')).toHaveText('已超过 5000 字，请删减后再保存');
  await expect(toolbar.getByTestId('save-annotation')).toBeDisabled();
  await toolbar.getByTestId('note-input').fill('群众路线');
  await expect(toolbar.getByTestId('note-count')).toHaveText('4/5000');
  await expect(toolbar.getByTestId('save-annotation')).toBeEnabled();
  for (const id of ['kind-key', 'kind-question', 'save-annotation']) {
    const box = await toolbar.getByTestId(id).boundingBox();
    expect(box!.height, id).toBeGreaterThanOrEqual(44);
  }
});
