import NextAuth from 'next-auth';
import { errorBody, json } from '@/lib/http/respond';
import { authOptions } from '@/lib/auth/options';

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * NextAuth behind two guards the fuzz test showed it needs: a GET of the credentials callback is its own 500
 * ("Callback for provider type credentials not supported"), and a body that is not what its Content-Type says
 * (`application/json` that is not JSON) throws from its body parser. Both are the client's mistake: 405 and 400.
 */
async function guarded(req: Request, ctx: Context) {
  const { nextauth } = await ctx.params;
  if (req.method === 'GET' && nextauth[0] === 'callback' && nextauth[1] === 'credentials') {
    const res = json(errorBody('method_not_allowed', 'sign in with a POST'), 405);
    res.headers.set('allow', 'POST');
    return res;
  }
  if (req.method === 'POST' && !(await isReadableBody(req.clone()))) return json(errorBody('bad_request', 'the request body could not be read'), 400);
  return handler(req, ctx);
}

/** Whether NextAuth's parser will read the body: JSON that parses, or a form (sign-in bodies are 16 KB at most). */
async function isReadableBody(req: Request): Promise<boolean> {
  const type = req.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) JSON.parse(await req.text());
    else if (type.includes('form')) await req.formData();
    return true;
  } catch {
    return false;
  }
}

export { guarded as GET, guarded as POST };
