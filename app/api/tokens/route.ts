import { json, parseBody, route } from '@/lib/http/respond';
import { createApiToken, listApiTokens } from '@/lib/services/api-tokens';
import { ZCreateToken } from '@/lib/validations/auth';

export const GET = route(async ({ user }) => json({ tokens: await listApiTokens(user.id) }));

/** The secret is in this response only; it cannot be shown again. */
export const POST = route(async ({ req, user }) => {
  const input = await parseBody(req, ZCreateToken);
  return json({ token: await createApiToken(user.id, input.name) }, 201);
});
