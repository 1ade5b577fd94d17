/**
 * The record of a session: reflections (体会) reach the minutes (page, .md, .docx read back) and the exports (CSV,
 * Markdown, JSON-LD), hidden ones never; a member who opens the session page and reloads it is one stay in the
 * attendance and one 进入学习 in the timeline.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { docxText, readZip, seedFinishedSession } from '../fixtures/history';
import { makeGroup, signUpAndIn, startSession } from '../fixtures/live';

// seeding a finished session takes three sign-ups and a dozen requests: slow on a busy two-core machine
test.setTimeout(240_000);

test('reflections are in the minutes and the exports; a hidden one in none of them', async ({ browser, baseURL }) => {
  const seed = await seedFinishedSession(browser, baseURL!);
  const [member, other] = seed.members;
  const kept = '学完这一章，我更明白了“一切为了群众”的分量。';
  const improper = '这条体会不合适，应当被组长隐藏';
  await member.page.request.post(`/api/sessions/${seed.sessionId}/reflections`, { data: { body: kept } });
  const bad = await (await other.page.request.post(`/api/sessions/${seed.sessionId}/reflections`, { data: { body: improper } })).json();
  const hidden = await seed.leader.page.request.post(`/api/sessions/${seed.sessionId}/reflections/${bad.reflection.id}/hide`, { data: { hidden: true } });
  expect(hidden.status()).toBe(204);

  const page = member.page;
  await page.goto(`/sessions/${seed.sessionId}/minutes`);
  const section = page.getByTestId('minutes-reflections');
  await expect(section.getByTestId('minutes-reflection')).toHaveCount(1);
  await expect(section).toContainText(kept);
  await expect(page.locator('body')).not.toContainText(improper);

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  const markdown = await readFile((await md.path())!, 'utf8');
  expect(markdown).toContain('## 学习体会');
  expect(markdown).toContain(kept);
  expect(markdown).not.toContain(improper);
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
  const words = docxText(readZip(await readFile((await docx.path())!)).get('word/document.xml')!.toString('utf8'));
  expect(words).toContain(kept);
  expect(words).not.toContain(improper);

  for (const format of ['csv', 'md', 'jsonld']) {
    const res = await page.request.get(`/api/groups/${seed.groupId}/export?format=${format}`);
    expect(res.status()).toBe(200);
    const body = await res.text();
    expect(body, format).toContain(format === 'jsonld' ? JSON.stringify(kept).slice(1, -1) : kept);
    expect(body, format).not.toContain(improper);
  }
  await seed.close();
});

test('opening the live session page, reloading it and leaving is one stay and one 进入学习', async ({ browser }) => {
  const leaderContext = await browser.newContext();
  const memberContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  const member = await memberContext.newPage();
  await signUpAndIn(leader, '组长周敏');
  const me = await signUpAndIn(member, '学员王强');
  const group = await makeGroup(leader, [member]);
  const session = await startSession(leader, group.id);

  const stays = async () =>
    ((await (await leader.request.get(`/api/sessions/${session.id}/attendance`)).json()).attendance as { userId: string; leftAt: string | null }[]).filter((r) => r.userId === me.id);

  const isPresent = async () => (await stays()).some((s) => s.leftAt === null);
  await member.goto(`/sessions/${session.id}`);
  await expect.poll(isPresent).toBe(true);
  expect(await stays()).toHaveLength(1);
  await member.reload();
  await member.waitForLoadState('networkidle');
  await expect.poll(isPresent).toBe(true);
  await member.goto('/groups');
  await expect.poll(async () => (await stays()).filter((s) => s.leftAt !== null).length).toBe(1);
  expect(await stays()).toHaveLength(1);

  await leader.request.post(`/api/sessions/${session.id}/end`);
  await leader.goto(`/sessions/${session.id}/history`);
  // an ended session's timeline may already show every step; otherwise show them all
  const showAll = leader.getByTestId('replay-all');
  if (await showAll.isEnabled()) await showAll.click();
  const mine = leader.getByTestId('timeline-item').filter({ hasText: me.name });
  await expect(mine.and(leader.locator('[data-type="member:joined"]'))).toHaveCount(1);
  expect(await mine.and(leader.locator('[data-type="member:left"]')).count()).toBeLessThanOrEqual(1);
  await leaderContext.close();
  await memberContext.close();
});
