// Hand-written hostile cases for the public HTTP endpoints, through their route handlers: the REST
// API (POST and GET feedback with a token), the Atom feed and the embeddable story wall — and the
// board report PDF, where theme labels (often taken from customers' words) are printed. Every
// payload of HOSTILE_TEXTS goes in; it must come back as the same text, escaped for where it is
// shown, and a refusal writes nothing.
import { PDFParse } from "pdf-parse";
// xml-js is how the feed package writes XML (installed with it); its sax parser is strict.
import { xml2js, type Element } from "xml-js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { createCommitment } from "@/lib/commitments/mutations";
import { boardReportPdf } from "@/lib/dashboard/report-pdf";
import { escapeHtml } from "@/lib/shared/escape-html";
import { wellFormedText } from "@/lib/shared/well-formed";
import { GET as getFeedback, POST as postFeedback } from "@/app/api/v1/campaigns/[slug]/feedback/route";
import { GET as feed } from "@/app/p/[org]/[campaign]/feed.xml/route";
import { GET as embed } from "@/app/embed/[org]/[campaign]/stories/route";
import { createCampaign, createMember, uid } from "@/tests/factories";
import { createFeedback } from "@/tests/factories/feedback";
import { createTheme } from "@/tests/factories/commitments";
import { createStory } from "@/tests/factories/stories";
import { FORMULAS, HOSTILE_TEXTS, MARKUP, prototypeIsClean } from "@/tests/support/hostile";
import { rowCounts } from "@/tests/support/row-counts";

// Outside Next there is no incremental cache: the public queries read straight through.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  unstable_cache: <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => fn,
}));

const stored = (text: string) => wellFormedText(text).trim();
const CASES = HOSTILE_TEXTS.map((payload, i) => [i, payload] as const);
const special = /[<>&"']/;
// A path segment as Next hands it over: percent-decoded UTF-8, so a lone surrogate arrives as
// U+FFFD (it has no UTF-8 form); NUL (%00) does arrive.
const asPathParam = (text: string) => (text as string & { toWellFormed(): string }).toWellFormed();

async function apiSetup() {
  const admin = await createMember("ADMIN");
  const campaign = await createCampaign(admin, { publicPage: true });
  const state = await executeAction(createApiToken, admin, { name: `Listener ${uid()}`, scopes: ["feedback:write", "feedback:read"] });
  return { admin, campaign, token: (state.data as { token: string }).token };
}

type Api = Awaited<ReturnType<typeof apiSetup>>;

function post(s: Api, body: BodyInit | null, headers: Record<string, string> = {}) {
  const init: RequestInit & { duplex?: "half" } = { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${s.token}`, ...headers }, body };
  if (body instanceof ReadableStream) init.duplex = "half";
  return postFeedback(new Request(`http://localhost/api/v1/campaigns/${s.campaign.slug}/feedback`, init), { params: Promise.resolve({ slug: s.campaign.slug }) });
}

function get(s: Api, query: Record<string, string>) {
  const url = `http://localhost/api/v1/campaigns/${s.campaign.slug}/feedback?${new URLSearchParams(query)}`;
  return getFeedback(new Request(url, { headers: { authorization: `Bearer ${s.token}` } }), { params: Promise.resolve({ slug: s.campaign.slug }) });
}

type ListedItem = { externalId: string | null; text: string; authorName: string | null };

describe("API: POST feedback", () => {
  it.each(CASES)("case %i is stored as sent and listed back as the same JSON string", async (i, payload) => {
    const s = await apiSetup();
    const text = `${payload} (api ${i})`;
    const author = payload.trim() ? payload.slice(0, 200) : undefined;
    const res = await post(s, JSON.stringify({ text, author, externalId: `ext-${i}` }));
    expect(res.status, await res.clone().text()).toBe(201);
    const item = await db.feedbackItem.findFirstOrThrow({ where: { campaignId: s.campaign.id } });
    expect(item.text).toBe(stored(text));
    expect(item.authorName).toBe(author === undefined ? null : stored(author));
    const list = await get(s, { limit: "10" });
    expect(list.headers.get("content-type")).toMatch(/^application\/json/);
    const { items } = (await list.json()) as { items: ListedItem[] };
    expect(items).toEqual([expect.objectContaining({ externalId: `ext-${i}`, text: stored(text) })]);
  });

  const big = (bytes: number) => JSON.stringify({ text: "<script>".repeat(Math.ceil(bytes / 8)) });
  const stream = (text: string) => new ReadableStream<Uint8Array>({ start(c) { const b = new TextEncoder().encode(text); for (let i = 0; i < b.length; i += 65_536) c.enqueue(b.subarray(i, i + 65_536)); c.close(); } });
  const refusals: [string, () => [BodyInit | null, Record<string, string>?], number, RegExp?][] = [
    ["a declared body of 3 MB", () => [big(3 * 1024 * 1024)], 413, /larger than 2 MB/],
    ["a streamed body of 3 MB with no length", () => [stream(big(3 * 1024 * 1024))], 413, /larger than 2 MB/],
    ["a text of 10,001 characters", () => [JSON.stringify({ text: "é".repeat(10_001) })], 422, /longer than 10,000/],
    ["1,001 items in a batch", () => [JSON.stringify({ items: Array.from({ length: 1_001 }, (_, i) => ({ text: `item ${i}` })) })], 422, /at most 1,000/],
    ["JSON that does not parse", () => ["{\"text\": \"<script>\""], 400, /not valid JSON/],
    ["bytes that are not UTF-8", () => [new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])], 400, /not valid UTF-8/],
    ["an HTML body", () => ["<script>alert(1)</script>", { "content-type": "text/html" }], 415, /application\/json/],
    ["an empty body", () => [""], 400, /empty/],
    ["a JSON string", () => [JSON.stringify("charged twice")], 422],
    ["JSON null", () => ["null"], 422],
    ["an array of strings", () => [JSON.stringify(["charged", "twice"])], 422],
    ["a __proto__ key", () => ['{"__proto__": {"text": "polluted"}, "text": "Charged twice."}'], 422, /__proto__/],
    ["a constructor.prototype key", () => ['{"text": "Charged twice.", "constructor": {"prototype": {"polluted": "yes"}}}'], 422],
    ["a javascript: url", () => [JSON.stringify({ text: "Charged twice.", url: "javascript:alert(1)" })], 422, /http\(s\)/],
    ["a receivedAt with markup", () => [JSON.stringify({ text: "Charged twice.", receivedAt: "<script>" })], 422],
    ["arrays nested 10,000 deep", () => [`{"text": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`], 422],
    ["a text that is only spaces", () => [JSON.stringify({ text: "   \n\t  " })], 422, /empty/],
  ];

  it.each(refusals)("refuses %s, nothing written", async (_name, build, status, detail) => {
    const s = await apiSetup();
    const before = await rowCounts(s.admin.organizationId);
    const [body, headers] = build();
    const res = await post(s, body, headers);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = JSON.stringify(await res.json());
    if (detail) expect(problem).toMatch(detail);
    expect(problem).not.toMatch(/prisma|stack|\.ts:/i);
    expect(prototypeIsClean()).toBe(true);
    expect(await rowCounts(s.admin.organizationId)).toBe(before);
  });
});

describe("API: GET feedback", () => {
  let s: Api;
  beforeAll(async () => {
    s = await apiSetup();
    const items = HOSTILE_TEXTS.map((payload, i) => ({ text: `${payload} (api ${i})`, externalId: `ext-${i}` }));
    const res = await post(s, JSON.stringify({ items }));
    expect(res.status).toBe(201);
  });

  const others = ["cursor", "since", "status", "limit", "channel", "sentiment"] as const;

  it.each(CASES)("case %i as a search finds exactly the items that contain it; as any other parameter, a 422", async (i, payload) => {
    const q = stored(payload);
    const res = await get(s, { q: payload, limit: "100" });
    if (!q || q.length > 200) {
      expect(res.status).toBe(422);
    } else {
      expect(res.status, await res.clone().text()).toBe(200);
      const { items } = (await res.json()) as { items: ListedItem[] };
      expect(items.map((it) => it.externalId)).toContain(`ext-${i}`);
      for (const it of items) expect(it.text.toLowerCase()).toContain(q.toLowerCase());
    }
    const param = others[i % others.length];
    const refused = await get(s, { [param]: payload });
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(JSON.stringify(await refused.json())).toContain(param);
  });
});

function textOf(el: Element | undefined): string {
  return (el?.elements ?? []).map((c) => (c.type === "text" ? String(c.text) : c.type === "cdata" ? String(c.cdata) : textOf(c))).join("");
}

describe("Atom feed", () => {
  it.each(CASES)("case %i in a public promise's title stays text, in a well-formed feed", async (i, payload) => {
    const manager = await createMember("MANAGER");
    const campaign = await createCampaign(manager, { publicPage: true });
    const title = `${payload} ${i}`.slice(0, 160);
    const state = await executeAction(createCommitment, manager, {
      campaignId: campaign.id, title, description: payload.slice(0, 2000), ownerId: manager.userId,
      dueDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), trustElement: "MEANS", isPublic: "on",
    });
    expect(state.ok, state.message).toBe(true);
    const params = { org: manager.organizationSlug, campaign: campaign.slug };
    const res = await feed(new Request(`http://localhost/p/${params.org}/${params.campaign}/feed.xml`), { params: Promise.resolve(params) });
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).not.toMatch(/<script|<img|<svg|<iframe/i);
    // A strict XML parser reads it; the entry's title is HTML that shows the title as typed.
    const doc = xml2js(xml, { compact: false }) as Element;
    const entries = (doc.elements?.[0].elements ?? []).filter((e) => e.name === "entry");
    expect(entries).toHaveLength(1);
    const entryTitle = entries[0].elements?.find((e) => e.name === "title");
    expect(entryTitle?.attributes?.type).toBe("html");
    expect(textOf(entryTitle)).toBe(escapeHtml(`New promise: ${stored(title)}`));

    // The payload as the address: not found, and not echoed.
    const missing = await feed(new Request("http://localhost/p/x/y/feed.xml"), { params: Promise.resolve({ org: asPathParam(payload), campaign: asPathParam(payload) }) });
    expect(missing.status).toBe(404);
    const body = await missing.text();
    if (special.test(payload)) expect(body).not.toContain(payload);
  });
});

describe("embeddable story wall", () => {
  it.each(CASES)("case %i in its query and its address is never echoed as markup", async (i, payload) => {
    const comms = await createMember("COMMS");
    const campaign = await createCampaign(comms, { publicPage: true });
    const story = await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, tags: "refund" });
    const params = { org: comms.organizationSlug, campaign: campaign.slug };
    const query = new URLSearchParams({ theme: payload, tag: i % 2 ? payload : "refund", limit: payload });
    const res = await embed(new Request(`http://localhost/embed/${params.org}/${params.campaign}/stories?${query}`), { params: Promise.resolve(params) });
    expect(res.status).toBe(200);
    const html = await res.text();
    // The theme falls back to automatic: nothing of the payload lands in the <html> tag.
    expect(html.startsWith('<!doctype html><html lang="en"><head>')).toBe(true);
    expect(html.includes(`<blockquote>${escapeHtml(story.quote)}</blockquote>`)).toBe(i % 2 === 0);
    if (special.test(payload)) expect(html).not.toContain(payload);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*frame-ancestors/);

    const missing = await embed(new Request("http://localhost/embed/x/y/stories"), { params: Promise.resolve({ org: asPathParam(payload), campaign: asPathParam(payload) }) });
    expect(missing.status).toBe(404);
    const body = await missing.text();
    expect(body).toContain("There is no public story wall at this address.");
    if (special.test(payload)) expect(body).not.toContain(payload);
  });
});

describe("board report PDF", () => {
  // Theme labels are printed in the report; suggested themes take them from customers' words.
  const labels = [...MARKUP, ...FORMULAS].filter((l) => l.length >= 2 && l.length <= 80 && /^[\x20-\x7e]+$/.test(l));

  it.each([0, 1, 2])("prints hostile theme labels as plain text (report %i)", async (n) => {
    const exec = await createMember("EXEC");
    const campaign = await createCampaign(exec);
    const chosen = labels.slice(n * 5, n * 5 + 5);
    expect(chosen.length).toBeGreaterThan(0);
    for (const [k, label] of chosen.entries()) {
      const items = await createFeedback(campaign, Array.from({ length: 5 - k }, () => ({ text: `Charged twice, nobody answered ${uid()}` })));
      await createTheme(campaign, { label, itemIds: items.map((it) => it.id) });
    }
    const { pdf } = await boardReportPdf(exec, campaign.slug);
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, "");
    await parser.destroy();
    for (const label of chosen) expect(text).toContain(label.replace(/\s+/g, ""));
  });
});
