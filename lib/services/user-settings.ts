/**
 * A user's own settings. Today one: their time zone, the one clock every page, list, download and the minutes use
 * for them (issue 12, finding 4). Unset, the browser's zone (the `gongdu-tz` cookie) and then the server's
 * DISPLAY_TIME_ZONE stand in: lib/i18n/locale.ts resolveTimeZone.
 */
import { db } from '../db';
import { resolveTimeZone } from '../i18n/locale';
import { notFound } from './errors';

export interface UserSettingsDTO {
  /** the saved zone, or null when the user has not chosen one */
  timeZone: string | null;
}

export async function getUserSettings(userId: string): Promise<UserSettingsDTO> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  if (!user) throw notFound('user');
  return { timeZone: user.timeZone };
}

/** `timeZone: null` forgets the choice (back to the browser's zone). The caller has checked it is an IANA zone. */
export async function updateUserSettings(userId: string, input: { timeZone?: string | null }): Promise<UserSettingsDTO> {
  const user = await db.user.update({ where: { id: userId }, data: { timeZone: input.timeZone }, select: { timeZone: true } });
  return { timeZone: user.timeZone };
}

/** The zone to show `userId` times in: their setting, else `browserZone` (the request's cookie), else the server's. */
export async function userTimeZone(userId: string, browserZone: string | null | undefined): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return resolveTimeZone(user?.timeZone, browserZone);
}
