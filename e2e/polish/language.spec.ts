/**
 * One language per page: the zh-CN UI shows no English (sign-up errors, join errors, the 404 page) and the English
 * UI shows no Chinese outside the reading matter, which is marked lang="zh-CN".
 */
import { expect, test } from '@playwright/test';
import { foreignText, ownLanguageText, useLanguage } from '../fixtures/language';
import { signUpAndIn, makeGroup } from '../fixtures/live';

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`${locale} UI`, () => {
    test.beforeEach(async ({ context, baseURL }) => useLanguage(context, baseURL!, locale));

    test('sign-up errors are in the page’s language', async ({ page }) => {
      await page.goto('/signup');
      await page.waitForLoadState('networkidle');
      await page.locator('input[name=email]').fill('not-an-email');
      await page.locator('input[name=name]').fill('王芳');
      await page.locator('input[name=password]').fill('short');
      await page.locator('form button[type=submit]').click();
      const error = page.locator('form').getByText(locale === 'en' ? 'not a valid email address' : '邮箱格式不正确');
      await expect(error).toBeVisible();
      await expect(page.locator('form').getByText(locale === 'en' ? 'at least 8 characters' : '至少 8 个字符')).toBeVisible();
      expect(foreignText(await ownLanguageText(page), locale)).toEqual([]);
    });

    test('a wrong join code, the 404 page and the main pages say nothing in the other language', async ({ page }) => {
      const me = await signUpAndIn(page, locale === 'en' ? 'Wang Fang' : '王芳');
      const group = await makeGroup(page, [], locale === 'en' ? 'Reading circle' : '共读小组');
      // The user's own words (their name, the group's) and the group's join code are data, not the UI's words.
      const own = [me.name, me.email, locale === 'en' ? 'Reading circle' : '共读小组', group.joinCode];

      await page.goto('/groups');
      await page.waitForLoadState('networkidle');
      const join = page.getByTestId('join-group-form');
      await join.locator('input[name=code]').fill('ZZZZZZZZ');
      await join.locator('button').click();
      await expect(join.getByText(locale === 'en' ? 'Invalid join code' : '邀请码无效')).toBeVisible();
      expect(foreignText(await ownLanguageText(page), locale, own)).toEqual([]);

      const missing = await page.goto('/no-such-page');
      expect(missing?.status()).toBe(404);
      await expect(page.getByTestId('not-found')).toBeVisible();
      expect(foreignText(await ownLanguageText(page), locale, own)).toEqual([]);

      for (const path of ['/', `/groups/${group.id}`, `/read/mass-line-guide?group=${group.id}`, `/groups/${group.id}/search?q=群众`, '/settings/tokens']) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // the search box holds the query the user typed (群众): an input's value is not a text node
        expect(foreignText(await ownLanguageText(page), locale, own), path).toEqual([]);
      }
      if (locale === 'en') {
        await page.goto(`/read/mass-line-guide?group=${group.id}`);
        await expect(page.getByTestId('reader-body')).toHaveAttribute('lang', 'zh-CN');
      }
    });
  });
}
