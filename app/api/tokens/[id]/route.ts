import { route } from '@/lib/http/respond';
import { revokeApiToken } from '@/lib/services/api-tokens';

export const DELETE = route<{ id: string }>(async ({ user, params }) => {
  await revokeApiToken(user.id, params.id);
  return new Response(null, { status: 204 });
});
