// Calling server actions from unit tests: who the session says is signed in, and the form a browser would send.
// The test file mocks "@/lib/auth/config" (vi.mock is hoisted there), so the `auth` imported here is that mock.
import { vi } from "vitest";
import { auth } from "@/lib/auth/config";

const mockedAuth = () => vi.mocked(auth as unknown as () => Promise<unknown>);

/** No session: the request of a visitor. */
export const asVisitor = () => mockedAuth().mockResolvedValue(null);

/** A session for the user, at session version `sv` (a user's first is 1). */
export const signedInAs = (userId: string, sv = 1) => mockedAuth().mockResolvedValue({ user: { id: userId }, sv, expires: "" });

/** The FormData of a form with these fields. */
export function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}
