import "server-only";
import addressparser from "nodemailer/lib/addressparser";
import { env } from "@/lib/env";

// Email following exists only when an SMTP server is configured; without one the public page
// offers its Atom feed alone.
export function followingEnabled(): boolean {
  return Boolean(env.SMTP_URL);
}

// Links in messages are absolute: NEXTAUTH_URL is the app's public address (README), and a
// drainer — the CLI included — has no request to take a host from.
export function publicOrigin(): string {
  return env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : `http://localhost:${env.PORT}`;
}

// Messages come from the organization by name, at SMTP_FROM's address.
export function senderFor(organizationName: string): { name: string; address: string } {
  const [parsed] = addressparser(env.SMTP_FROM, { flatten: true });
  return { name: organizationName, address: parsed?.address || "no-reply@localhost" };
}
