import { z } from 'zod';

export const ZRegister = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('not a valid email address')).pipe(z.string().max(200)),
  name: z.string().trim().min(1, 'required').max(40, 'at most 40 characters'),
  password: z.string().min(8, 'at least 8 characters').max(200, 'at most 200 characters'),
});
export type TRegister = z.infer<typeof ZRegister>;

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().max(200),
});

export const ZCreateToken = z.object({
  name: z.string().trim().min(1, 'required').max(60, 'at most 60 characters'),
});
