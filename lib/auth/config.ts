// Auth.js (next-auth v5): username-or-email and password, GitHub when configured, JWT sessions.
import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { getDb } from "@/db";
import * as schema from "@/db/schema";
import { accounts, users } from "@/db/schema";
import { authenticate, endSessions } from "@/lib/accounts/members";
import { clientIp } from "@/lib/platform/client-ip";
import { loginInput } from "@/lib/validation/account";
import { logger } from "@/lib/platform/logger";
import { createOAuthUser } from "./oauth-users";
import { appealToken } from "./appeal-link";
import { authSecret } from "./secret";

/** Thrown from authorize(); its code reaches the sign-in action, which turns it into a message. */
export class SignInRefused extends CredentialsSignin {
  constructor(reason: string, retryAfterS = 0, detail?: string) {
    super(reason);
    this.code = retryAfterS > 0 ? `${reason}:${retryAfterS}` : detail ? `${reason}:${detail}` : reason;
  }
}

export const githubEnabled = () => Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET);

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const input = loginInput.safeParse(credentials);
        if (!input.success) throw new SignInRefused("invalid");
        const ip = clientIp(request?.headers ?? (await headers()));
        const result = await authenticate(input.data.identifier, input.data.password, ip);
        if (!result.ok) throw new SignInRefused(result.reason, result.retryAfterS, result.bannedId && appealToken(result.bannedId));
        return { id: result.id, sessionVersion: result.sessionVersion };
      },
    }),
  ];
  if (githubEnabled()) list.push(GitHub);
  return list;
}

function adapter(): NextAuthConfig["adapter"] {
  // The adapter takes Drizzle's own SQLite database type; ours is that object with an async transaction.
  const base = DrizzleAdapter(getDb() as unknown as SqliteRemoteDatabase<typeof schema>, { usersTable: users, accountsTable: accounts });
  return { ...base, createUser: createOAuthUser };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt" },
  adapter: adapter(),
  providers: providers(),
  pages: { signIn: "/login", error: "/login" },
  // Wrong passwords are routine and already counted by the throttle; other auth errors go to the log by name only.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      // What went wrong underneath (a database error inside authorize, say), without a failed query's parameters.
      const cause = (error as { cause?: { err?: Error } }).cause?.err;
      const underneath = cause && { name: cause.name, message: cause.message.split("\nparams:")[0]!.slice(0, 300) };
      logger.error({ name: error.name, message: error.message, cause: underneath }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  events: {
    // Signing out ends the session for real: the JWT would stay valid for 30 days, so its version is retired, as a
    // password change does (every other session of the account ends with it).
    async signOut(message) {
      const userId = "token" in message ? message.token?.sub : undefined;
      if (userId) await endSessions(userId);
    },
  },
  callbacks: {
    // The token carries only the user id and the session version; everything else is read fresh per request.
    jwt({ token, user }) {
      if (user?.id) {
        const sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        return { sub: user.id, sv: sessionVersion, iat: token.iat, exp: token.exp, jti: token.jti };
      }
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "" }, sv: token.sv } as typeof session;
    },
  },
}));
