import { notFound } from "next/navigation";
import { connection } from "next/server";

// Any URL no other route matches. Without this, Next answers with the not-found page it
// prerendered at build time, whose scripts carry no nonce, so the nonce-based CSP (proxy.ts)
// would block them. Rendered per request instead, app/not-found.tsx gets the nonce like any page.
export default async function UnknownPage(): Promise<never> {
  await connection();
  notFound();
}
