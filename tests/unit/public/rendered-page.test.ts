import { afterEach, describe, expect, it, vi } from "vitest";

// The loopback read of a public page's render (lib/public/rendered-page.ts), with the network, the
// build id and Next's data cache stood in: what it asks for, what it keeps and under which key and
// tags, and what it makes of each answer.
const cacheCalls: { keyParts: string[]; tags: string[] }[] = [];
vi.mock("next/cache", () => ({
  unstable_cache: <R>(fn: () => Promise<R>, keyParts: string[], options: { tags: string[] }) => {
    cacheCalls.push({ keyParts, tags: options.tags });
    return fn;
  },
}));
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((file: string, ...rest: unknown[]) =>
    String(file).endsWith(".next/BUILD_ID") ? "build-42\n" : (actual.readFileSync as (...a: unknown[]) => unknown)(file, ...rest)) as typeof actual.readFileSync;
  return { ...actual, default: { ...actual, readFileSync }, readFileSync };
});

const { env } = await import("@/lib/env");
const { htmlResponse, renderedPublicPage, renderPath } = await import("@/lib/public/rendered-page");

afterEach(() => {
  vi.unstubAllGlobals();
  cacheCalls.length = 0;
});

function answer(status: number, body: string) {
  const fetchMock = vi.fn(async (_url: URL, _init?: RequestInit) => new Response(body, { status }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("renderedPublicPage", () => {
  it("asks this server (never the request's host) for the render and keeps it without scripts, under the page's tags and the build", async () => {
    const fetchMock = answer(200, "<html><body><h1>Outage</h1><script>self.__next_f.push([1])</script></body></html>");
    const page = await renderedPublicPage("acme", "outage");
    const [url, init] = fetchMock.mock.calls[0];
    expect(url.origin).toBe(env.INTERNAL_ORIGIN ? new URL(env.INTERNAL_ORIGIN).origin : `http://127.0.0.1:${env.PORT}`);
    expect(url.pathname).toBe(renderPath("acme", "outage"));
    expect(init?.cache).toBe("no-store");
    expect(cacheCalls).toEqual([{ keyParts: ["public-page-html", "build-42", "/p/acme/outage/render"], tags: ["public:acme", "public:acme/outage"] }]);
    expect(page).toEqual({ status: 200, html: "<html><body><h1>Outage</h1></body></html>" });
  });

  it("passes any other answer on with its status, scripts removed, and does not keep it", async () => {
    answer(404, '<html><body><h1>Not found</h1><script src="/_next/x.js"></script></body></html>');
    expect(await renderedPublicPage("acme", "gone")).toEqual({ status: 404, html: "<html><body><h1>Not found</h1></body></html>" });
  });

  it("answers 503 for a render that would need its scripts to show everything (the page runs none)", async () => {
    answer(200, '<main><template id="B:0"></template></main><div hidden id="S:0">late</div><script>$RC("B:0","S:0")</script>');
    const page = await renderedPublicPage("acme", "outage");
    expect(page.status).toBe(503);
    expect(page.html).not.toContain("late");
  });

  it("answers 503 with a plain page when this server cannot reach its own render", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => { throw new TypeError("fetch failed"); }));
    const page = await renderedPublicPage("acme", "outage");
    expect(page.status).toBe(503);
    expect(page.html).toContain("temporarily unavailable");
    expect(page.html).not.toMatch(/<script/i);
  });
});

describe("htmlResponse", () => {
  it("lets only the page itself be kept, and asks to come back after an outage", () => {
    expect(htmlResponse({ status: 200, html: "x" }).headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    for (const status of [404, 422, 429]) expect(htmlResponse({ status, html: "x" }).headers.get("cache-control")).toBe("no-store");
    const down = htmlResponse({ status: 503, html: "x" });
    expect(down.headers.get("retry-after")).toBe("60");
    expect(down.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });
});
