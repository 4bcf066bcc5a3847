import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env } from "@/lib/env";
import { authenticate } from "@/lib/auth/authenticate";

export const SESSION_COOKIE = "kintsugi.session";
export const SESSION_MAX_AGE = 60 * 60 * 24 * 14;

// Secure cookies whenever the app is served over https, and always in production
// (browsers treat http://localhost as a secure context, so local `npm start` still works).
export const secureCookies = env.NEXTAUTH_URL
  ? env.NEXTAUTH_URL.startsWith("https:")
  : env.NODE_ENV === "production";

export const authOptions: NextAuthOptions = {
  // Read on first use, not at import: `next build` loads this module without the runtime secret.
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
    },
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const user = await authenticate(credentials?.email ?? "", credentials?.password ?? "");
        return user ? { id: user.id, name: user.name, email: user.email, sv: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sv = (user as { sv?: number }).sv;
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub, sv: token.sv } };
    },
  },
};
