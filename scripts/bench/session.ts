// A signed-in request without the sign-in form: the session cookie next-auth would set, minted
// with the secret the server was started with (as tests/e2e/fixtures.ts does for the browser).
import { encode } from "next-auth/jwt";
import type { Person } from "./dataset-people";

export const SESSION_COOKIE = "kintsugi.session";

export async function sessionCookie(person: Person, secret: string): Promise<string> {
  const token = await encode({ token: { sub: person.userId, name: person.name, email: person.email, sv: 1 }, secret });
  return `${SESSION_COOKIE}=${token}`;
}
