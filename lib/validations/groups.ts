import { z } from 'zod';
import { zName, zText } from './common';

export const ZCreateGroup = z.object({
  name: zName(60),
  description: zText(500).default(''),
});
export type TCreateGroup = z.infer<typeof ZCreateGroup>;

export const ZJoinGroup = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6,12}$/, 'validation.joinCode'),
});

export const ZUpdateMember = z.object({
  role: z.enum(['leader', 'member']),
});
