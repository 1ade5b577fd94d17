import { z } from 'zod';
import { isTimeZone } from '../i18n/locale';

/** A user's settings; `timeZone: null` goes back to the browser's zone. */
export const ZUserSettings = z.object({
  timeZone: z.string().trim().refine(isTimeZone, 'validation.timeZone').nullable().optional(),
});
export type TUserSettings = z.infer<typeof ZUserSettings>;
