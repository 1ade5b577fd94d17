/**
 * The 500 page (app/error.tsx) in the reader's language: a page that fails on purpose (app/test-routes/server-error,
 * present only with GONGDU_TEST_ROUTES=1, which playwright.config's server sets) shows it with nothing in the other
 * language, and its button tries again.
 */
import { expect, test } from '@playwright/test';
import { foreignText, ownLanguageText, useLanguage } from '../fixtures/language';

for (const locale of ['zh-CN', 'en'] as const) {
  test(`a page that fails shows the 500 page in ${locale}`, async ({ context, baseURL, page }) => {
    await useLanguage(context, baseURL!, locale);
    const response = await page.goto('/test-routes/server-error');
    expect(response?.status()).toBe(500);
    const error = page.getByTestId('error-page');
    await expect(error).toBeVisible();
    await expect(error.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Something went wrong' : '页面出错了');
    await expect(error.getByRole('button')).toHaveText(locale === 'en' ? 'Retry' : '重试');
    await expect(error.getByRole('link')).toHaveText(locale === 'en' ? 'Back to the start page' : '回到首页');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect(foreignText(await ownLanguageText(page), locale)).toEqual([]);
  });
}
