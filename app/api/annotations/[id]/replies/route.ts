import { json, parseBody, route } from '@/lib/http/respond';
import { createReply, getAnnotation } from '@/lib/services/annotations';
import { ZCreateReply } from '@/lib/validations/annotations';

type Params = { id: string };

export const GET = route<Params>(async ({ user, params }) => json({ replies: (await getAnnotation(user.id, params.id)).replies }));

export const POST = route<Params>(async ({ req, user, params }) => {
  const input = await parseBody(req, ZCreateReply);
  const { reply, created } = await createReply(user.id, params.id, input);
  return json({ reply }, created ? 201 : 200);
});
