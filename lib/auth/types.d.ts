// The session version travels in the token and the session, beside the user id.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}
