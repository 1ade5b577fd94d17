/**
 * A test user speaking to the real server over HTTP: registers, signs in through NextAuth's credentials flow
 * (keeping the session cookie), and can then call the API with the cookie or with an API token.
 */
import { randomUUID } from 'node:crypto';

export interface Session {
  base: string;
  user: { id: string; email: string; name: string };
  password: string;
  cookie: string;
  token?: string;
  /** JSON request with the session cookie (or the bearer token, if `useToken`). */
  call: (method: string, path: string, body?: unknown, opts?: { useToken?: boolean; headers?: Record<string, string> }) => Promise<{ status: number; body: any }>;
}

function cookieHeader(res: Response, jar: Map<string, string>) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

export async function signIn(base: string, email: string, password: string): Promise<{ status: number; cookie: string }> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = cookieHeader(csrfRes, jar);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  return { status: res.status, cookie: cookieHeader(res, jar) };
}

export async function register(base: string, name = '学员' + randomUUID().slice(0, 4)): Promise<Session> {
  const email = `u-${randomUUID()}@example.test`;
  const password = 'correct horse battery';
  const reg = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, name, password }),
  });
  if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${await reg.text()}`);
  const { user } = await reg.json();
  const { cookie } = await signIn(base, email, password);
  if (!cookie.includes('next-auth.session-token')) throw new Error('sign-in gave no session cookie');
  const session: Session = {
    base,
    user,
    password,
    cookie,
    call: async (method, path, body, opts = {}) => {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.useToken) headers.authorization = `Bearer ${session.token}`;
      else headers.cookie = session.cookie;
      if (body !== undefined) headers['content-type'] ??= 'application/json';
      const res = await fetch(`${session.base}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON: keep the text so a failing assertion shows it */
      }
      return { status: res.status, body: parsed };
    },
  };
  return session;
}

/** Creates a group owned by `owner` and has each of `others` join it by code. */
export async function makeGroup(owner: Session, others: Session[] = [], name = '第一学习小组') {
  const { body } = await owner.call('POST', '/api/groups', { name });
  for (const other of others) {
    const joined = await other.call('POST', '/api/groups/join', { code: body.group.joinCode });
    if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
  }
  return body.group as { id: string; joinCode: string; name: string };
}
