import { json, parseBody, route } from '@/lib/http/respond';
import { deleteReply, updateReply } from '@/lib/services/annotations';
import { ZUpdateReply } from '@/lib/validations/annotations';

type Params = { id: string; replyId: string };

export const PATCH = route<Params>(async ({ req, user, params }) => {
  const { body } = await parseBody(req, ZUpdateReply);
  return json({ reply: await updateReply(user.id, params.id, params.replyId, body) });
});

export const DELETE = route<Params>(async ({ user, params }) => {
  await deleteReply(user.id, params.id, params.replyId);
  return new Response(null, { status: 204 });
});
