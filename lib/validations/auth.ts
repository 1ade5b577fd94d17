import { z } from 'zod';
import { zName } from './common';

export const ZRegister = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(200)),
  name: zName(40),
  password: z.string().min(8).max(200),
});
export type TRegister = z.infer<typeof ZRegister>;

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().max(200),
});

export const ZCreateToken = z.object({
  name: z.string().trim().min(1).max(60),
});

export const ZChangePassword = z.object({
  currentPassword: z.string().max(200),
  newPassword: ZRegister.shape.password,
});
