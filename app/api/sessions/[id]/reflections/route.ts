import { json, parseBody, route } from '@/lib/http/respond';
import { createReflection, listReflections } from '@/lib/services/sessions';
import { ZCreateReflection } from '@/lib/validations/sessions';

type Params = { id: string };

/** Session-level reflections (体会), not tied to a passage. */
export const GET = route<Params>(async ({ user, params }) => json({ reflections: await listReflections(user.id, params.id) }));

export const POST = route<Params>(async ({ req, user, params }) => {
  const input = await parseBody(req, ZCreateReflection);
  const { reflection, created } = await createReflection(user.id, params.id, input);
  return json({ reflection }, created ? 201 : 200);
});
