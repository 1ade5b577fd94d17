import { json, parseBody, route } from '@/lib/http/respond';
import { getUserSettings, updateUserSettings } from '@/lib/services/user-settings';
import { ZUserSettings } from '@/lib/validations/settings';

/** The signed-in user's settings: `{ timeZone }` (null: the browser's zone is used). */
export const GET = route(async ({ user }) => json(await getUserSettings(user.id)));

/** Saves `{ timeZone: "Europe/Berlin" | null }`; an unknown zone name is 422 on `timeZone`. */
export const PATCH = route(async ({ req, user }) => json(await updateUserSettings(user.id, await parseBody(req, ZUserSettings))));
