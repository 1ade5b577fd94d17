/**
 * One clock per user (issue 12, finding 4): from a Europe/Berlin browser a session scheduled for 20:00 reads 20:00
 * in the group's list, on the session page and in its history; the zone saved in the settings keeps it so from a
 * browser in another zone; once started, the list, the session page, the history, the minutes page and the
 * minutes download all show the start on the same clock.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { signUpAndIn, makeGroup } from '../fixtures/live';

test.setTimeout(180_000);

const BERLIN = 'Europe/Berlin';
const clockIn = (iso: string, timeZone: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });

test('a session scheduled at 20:00 from a Berlin browser is at 20:00 everywhere for that user', async ({ browser }) => {
  const berlin = await browser.newContext({ timezoneId: BERLIN });
  const page = await berlin.newPage();
  const me = await signUpAndIn(page, '组长周敏');
  const group = await makeGroup(page, []);

  // the setting starts as "follow the browser", and the browser's zone is what the server already uses
  await page.goto('/settings');
  await page.waitForLoadState('networkidle');
  const setting = page.getByTestId('time-zone-setting');
  await expect(setting.getByTestId('time-zone-now')).toContainText(BERLIN);
  await setting.locator('select[name=timeZone]').selectOption(BERLIN);
  await setting.locator('button').click();
  await expect(setting.getByRole('status')).toHaveText(/已保存/);
  expect(await (await page.request.get('/api/settings')).json()).toEqual({ timeZone: BERLIN });
  const refused = await page.request.patch('/api/settings', { data: { timeZone: 'Mars/Olympus' } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.fields.timeZone).toContain('时区');

  await page.goto(`/groups/${group.id}`);
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('schedule-session-form');
  await form.locator('input[name=title]').fill('柏林的晚间学习');
  await form.locator('input[name=scheduledAt]').fill('2026-12-10T20:00');
  await form.locator('button:not([type=button])').last().click();
  const upcoming = page.getByTestId('session-upcoming').filter({ hasText: '柏林的晚间学习' });
  await expect(upcoming).toContainText('20:00');

  const sessions = await (await page.request.get(`/api/groups/${group.id}/sessions`)).json();
  const session = [...sessions.upcoming].find((s: { title: string }) => s.title === '柏林的晚间学习');
  // 20:00 in Berlin in December (UTC+1), not 20:00 in Shanghai or in the server's zone
  expect(session.scheduledAt).toBe('2026-12-10T19:00:00.000Z');

  await page.goto(`/sessions/${session.id}`);
  await expect(page.getByTestId('session-when')).toContainText('20:00');
  await page.goto(`/sessions/${session.id}/history`);
  await expect(page.locator('main')).toContainText('20:00');

  // the same user in a browser set to Shanghai: the saved zone wins over the browser's
  const shanghai = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
  const elsewhere = await shanghai.newPage();
  await elsewhere.goto('/signin?callbackUrl=/groups');
  await elsewhere.waitForLoadState('networkidle');
  await elsewhere.locator('input[name=email]').fill(me.email);
  await elsewhere.locator('input[name=password]').fill(me.password);
  await elsewhere.locator('form button[type=submit]').click();
  await elsewhere.waitForURL((url) => url.pathname === '/groups');
  await elsewhere.goto(`/groups/${group.id}`);
  await elsewhere.waitForLoadState('networkidle');
  await expect(elsewhere.getByTestId('session-upcoming').filter({ hasText: '柏林的晚间学习' })).toContainText('20:00');
  await shanghai.close();

  // started now: every view shows the start on the Berlin clock (7 or 6 hours from Shanghai's, never the same)
  const started = await page.request.post(`/api/sessions/${session.id}/start`);
  expect(started.status()).toBe(200);
  const { session: live } = await started.json();
  const startClock = clockIn(live.startedAt, BERLIN);
  expect(startClock).not.toBe(clockIn(live.startedAt, 'Asia/Shanghai'));
  await page.goto(`/groups/${group.id}`);
  await expect(page.getByTestId('session-live').filter({ hasText: '柏林的晚间学习' })).toContainText(startClock);
  await page.goto(`/sessions/${session.id}`);
  await expect(page.getByTestId('session-when')).toContainText(startClock);
  await page.goto(`/sessions/${session.id}/history`);
  await expect(page.locator('main')).toContainText(startClock);
  await page.goto(`/sessions/${session.id}/minutes`);
  await expect(page.getByTestId('minutes-meta')).toContainText(startClock);
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  expect(await readFile((await md.path())!, 'utf8')).toContain(startClock);
  await berlin.close();
});
