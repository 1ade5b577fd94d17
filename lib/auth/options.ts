/** NextAuth (v4) configuration: email + password, JWT sessions carried in an http-only cookie. */
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { SESSION_MAX_AGE_S, endAuthSession, startAuthSession } from '../services/auth-sessions';
import { authenticateUser } from '../services/authenticate-user';
import { ZSignIn } from '../validations/auth';
import { CLIENT_ADDRESS_HEADER } from '../http/proxy-trust';
import { limiters, recordFailure, secondsBlocked } from '../services/rate-limits';

/** The client's address as server.ts worked it out (lib/http/proxy-trust.ts): never a header the client chose. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const address = headers?.[CLIENT_ADDRESS_HEADER];
  return typeof address === 'string' && address ? address : 'unknown';
}

export const authOptions: NextAuthOptions = {
  // The JWT carries the id of a server-side session row (lib/services/auth-sessions.ts): deleting the row ends it.
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'email',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const parsed = ZSignIn.safeParse(credentials);
        if (!parsed.success) return null;
        // Only failures count (see lib/services/rate-limits.ts); a blocked pair is refused before the password is checked.
        const address = clientAddress(req?.headers);
        const accountAtAddress = `${parsed.data.email}|${address}`;
        const wait = Math.max(
          await secondsBlocked(limiters.signInFailsByAccountAndAddress, accountAtAddress),
          await secondsBlocked(limiters.signInFailsByAddress, address),
        );
        if (wait > 0) throw new Error(`rate_limited:${wait}`);
        const user = await authenticateUser(parsed.data.email, parsed.data.password);
        if (user) {
          await limiters.signInFailsByAccountAndAddress.delete(accountAtAddress);
          return user;
        }
        await Promise.all([recordFailure(limiters.signInFailsByAccountAndAddress, accountAtAddress), recordFailure(limiters.signInFailsByAddress, address)]);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.name;
        token.sid = await startAuthSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      (session as { sid?: unknown }).sid = token.sid;
      return session;
    },
  },
  events: {
    // Signing out ends the server-side session, so a copy of the cookie taken before is worth nothing after.
    async signOut({ token }) {
      await endAuthSession(token?.sid);
    },
  },
};
