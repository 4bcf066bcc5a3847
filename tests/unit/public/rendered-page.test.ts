import { afterEach, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { renderedPublicPage, renderPath } from "@/lib/public/rendered-page";

// The loopback read of the page's render (lib/public/rendered-page.ts), with the network stood in:
// what it asks for, how it asks (cached under the page's tags), and what it makes of the answer.
afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: string) {
  const fetchMock = vi.fn(async (_url: URL, _init?: RequestInit & { next?: { tags?: string[] } }) => new Response(body, { status }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("renderedPublicPage", () => {
  it("asks this server (never the request's host) for the render, cached under the page's tags and the build", async () => {
    const fetchMock = answer(200, "<html><body><h1>Outage</h1><script>self.__next_f.push([1])</script></body></html>");
    const page = await renderedPublicPage("acme", "outage");
    const [url, init] = fetchMock.mock.calls[0];
    expect(url.origin).toBe(env.INTERNAL_ORIGIN ? new URL(env.INTERNAL_ORIGIN).origin : `http://127.0.0.1:${env.PORT}`);
    expect(url.pathname).toBe(renderPath("acme", "outage"));
    expect(url.searchParams.get("build")).toBeTruthy();
    expect(init?.cache).toBe("force-cache");
    expect(init?.next?.tags).toEqual(["public:acme", "public:acme/outage"]);
    expect(page).toEqual({ status: 200, html: "<html><body><h1>Outage</h1></body></html>" });
  });

  it("passes the render's status on with its page, scripts removed", async () => {
    answer(404, "<html><body><h1>Not found</h1><script src=\"/_next/x.js\"></script></body></html>");
    expect(await renderedPublicPage("acme", "gone")).toEqual({ status: 404, html: "<html><body><h1>Not found</h1></body></html>" });
  });

  it("serves a page still waiting for a script as rendered, rather than with content missing", async () => {
    const streaming = '<main><template id="B:0"></template></main><div hidden id="S:0">late</div><script>$RC("B:0","S:0")</script>';
    answer(200, streaming);
    expect(await renderedPublicPage("acme", "outage")).toEqual({ status: 200, html: streaming });
  });

  it("answers 503 with a plain page when this server cannot reach its own render", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => { throw new TypeError("fetch failed"); }));
    const page = await renderedPublicPage("acme", "outage");
    expect(page.status).toBe(503);
    expect(page.html).toContain("temporarily unavailable");
    expect(page.html).not.toMatch(/<script/i);
  });
});
