import { errorResponse, json, parseBody } from '@/lib/http/respond';
import { requestLocale } from '@/lib/i18n/locale';
import { registerUser } from '@/lib/services/register-user';
import { ZRegister } from '@/lib/validations/auth';

/** Sign-up. Public: everything else needs a session or a token. */
export async function POST(req: Request) {
  try {
    const input = await parseBody(req, ZRegister);
    return json({ user: await registerUser(input) }, 201);
  } catch (error) {
    return errorResponse(error, requestLocale(req));
  }
}
