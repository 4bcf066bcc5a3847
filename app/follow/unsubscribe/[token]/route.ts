import { pageAfterUnsubscribe, unsubscribeWithLink } from "@/lib/following/unsubscribe-link";

type Context = { params: Promise<{ token: string }> };

const PRIVATE = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
const RETRY = "Something went wrong on our side and nothing was changed. Please open the link again in a moment.";

// The "stop following" link of a message: unsubscribes at once, then shows a confirmation page.
export async function GET(_request: Request, { params }: Context) {
  const state = await unsubscribeWithLink((await params).token);
  const next = pageAfterUnsubscribe(state);
  if (!next) return new Response(RETRY, { status: 500, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 303, headers: { ...PRIVATE, Location: next } });
}

// Link checkers and previews often send HEAD, which Next would otherwise answer by running GET:
// it must not unsubscribe anyone.
export function HEAD() {
  return new Response(null, { status: 200, headers: PRIVATE });
}

// RFC 8058 one-click: a mail client POSTs "List-Unsubscribe=One-Click" to the same URL. The
// answer is final (no redirect, which such clients do not follow).
export async function POST(_request: Request, { params }: Context) {
  const state = await unsubscribeWithLink((await params).token);
  const headers = { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" };
  if (state.ok) return new Response("You no longer follow this page.", { status: 200, headers });
  const status = state.status === 404 || state.status === 422 ? 404 : 500;
  return new Response(status === 404 ? state.message : RETRY, { status, headers });
}
