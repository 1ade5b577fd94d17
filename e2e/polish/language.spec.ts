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

      // a service's refusal, as the API words it for this page's cookie (the pages show these messages as they are)
      const refusals = [
        await page.request.post('/api/groups/join', { data: { code: 'ZZZZZZZZ' } }),
        await page.request.post(`/api/groups/${group.id}/sessions`, { data: { title: 'x', textId: 'no-such-text', scheduledAt: new Date().toISOString() } }),
        await page.request.get(`/api/sessions/no-such-session-id/minutes`),
        await page.request.patch('/api/settings', { data: { timeZone: 'Mars/Olympus' } }),
      ];
      const messages = await Promise.all(refusals.map(async (r) => JSON.stringify((await r.json()).error)));
      expect(refusals.map((r) => r.status())).toEqual([404, 422, 404, 422]);
      for (const message of messages) {
        if (locale === 'en') expect(message, message).not.toMatch(/\p{Script=Han}/u);
        // keys and codes are the API's identifiers; a zone name given as an example (Asia/Shanghai) is one too
        else expect(message.replace(/"[a-zA-Z_]+":|"[a-z_]+"|[A-Z][a-z]+\/[A-Z][A-Za-z_]+/g, ''), message).not.toMatch(/[A-Za-z]{3,}/);
      }

      const missing = await page.goto('/no-such-page');
      expect(missing?.status()).toBe(404);
      await expect(page.getByTestId('not-found')).toBeVisible();
      expect(foreignText(await ownLanguageText(page), locale, own)).toEqual([]);

      // IANA zone names (Asia/Shanghai) are identifiers, like ISBN: the settings page and the schedule form name them
      const zones = Intl.supportedValuesOf('timeZone');
      for (const path of ['/', `/groups/${group.id}`, `/read/mass-line-guide?group=${group.id}`, `/groups/${group.id}/search?q=群众`, '/settings', '/settings/tokens']) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // the search box holds the query the user typed (群众): an input's value is not a text node
        expect(foreignText(await ownLanguageText(page), locale, [...own, ...zones]), path).toEqual([]);
      }
      if (locale === 'en') {
        await page.goto(`/read/mass-line-guide?group=${group.id}`);
        await expect(page.getByTestId('reader-body')).toHaveAttribute('lang', 'zh-CN');
      }
    });
  });
}
