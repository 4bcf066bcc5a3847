import { describe, expect, it } from "vitest";
import { readJsonBody, MAX_BODY_BYTES } from "@/lib/api/read-body";
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/api/errors";
import { FeedbackBatchInput, ListFeedbackQuery, PostFeedbackBody, postFeedbackIssuePath } from "@/lib/api/feedback/schemas";
import { decodeCursor, encodeCursor } from "@/lib/api/feedback/cursor";
import { issuesToFieldErrors } from "@/lib/api/problem";

const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/v1/x", { method: "POST", body, headers });

describe("reading a JSON body", () => {
  it("parses JSON, with or without a charset, and +json types", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post('{"a":1}', { "content-type": "application/json; charset=utf-8" }))).toEqual({ a: 1 });
    expect(await readJsonBody(post("[1]", { "content-type": "application/vnd.api+json" }))).toEqual([1]);
  });

  it("refuses what is not JSON with 400 and other media types with 415", async () => {
    await expect(readJsonBody(post("{text: 1}"))).rejects.toBeInstanceOf(BadRequestError);
    await expect(readJsonBody(post("   "))).rejects.toBeInstanceOf(BadRequestError);
    await expect(readJsonBody(post(null))).rejects.toBeInstanceOf(BadRequestError);
    await expect(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d])))).rejects.toThrow(/UTF-8/);
    await expect(readJsonBody(post("a=1", { "content-type": "application/x-www-form-urlencoded" }))).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
  });

  it("refuses a body over the limit, declared or streamed, with 413", async () => {
    const big = `"${"x".repeat(MAX_BODY_BYTES)}"`;
    await expect(readJsonBody(post(big))).rejects.toBeInstanceOf(PayloadTooLargeError);
    const declared = post("{}", { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) });
    await expect(readJsonBody(declared)).rejects.toBeInstanceOf(PayloadTooLargeError);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 3; i++) c.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
        c.close();
      },
    });
    const streamed = new Request("http://localhost/x", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    await expect(readJsonBody(streamed)).rejects.toBeInstanceOf(PayloadTooLargeError);
  });
});

describe("feedback request schemas", () => {
  it("takes one item as a batch of one, with the API's defaults left to the handler", () => {
    const parsed = PostFeedbackBody.parse({ text: " The app double-charged me. ", channel: "twitter", externalId: "t-1", receivedAt: "2026-03-03T09:00:00+01:00" });
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]).toMatchObject({ text: "The app double-charged me.", channel: "SOCIAL", externalId: "t-1" });
    expect(parsed.items[0].receivedAt?.toISOString()).toBe("2026-03-03T08:00:00.000Z");
  });

  it("points errors of a single item at its own fields, and of a batch at the item", () => {
    const single = { text: "", url: "javascript:alert(1)" };
    const r1 = PostFeedbackBody.safeParse(single);
    const e1 = issuesToFieldErrors(r1.error!.issues, "body", (p) => postFeedbackIssuePath(p, single));
    expect(e1.map((e) => e.pointer).sort()).toEqual(["/text", "/url"]);
    const batch = { items: [{ text: "fine" }, { text: "ok", channel: "carrier pigeon" }] };
    const r2 = PostFeedbackBody.safeParse(batch);
    const e2 = issuesToFieldErrors(r2.error!.issues, "body", (p) => postFeedbackIssuePath(p, batch));
    expect(e2).toEqual([{ pointer: "/items/1/channel", detail: expect.stringMatching(/Unknown channel "carrier pigeon"/) }]);
  });

  it("refuses more than 1,000 items, unknown fields, a receivedAt without a zone or in the future", () => {
    const tooMany = FeedbackBatchInput.safeParse({ items: Array.from({ length: 1001 }, (_, i) => ({ text: `item ${i}` })) });
    expect(tooMany.error?.issues[0]).toMatchObject({ path: ["items"], message: expect.stringMatching(/at most 1,000/) });
    expect(PostFeedbackBody.safeParse({ text: "hi", recievedAt: "2026-03-03T09:00:00Z" }).success).toBe(false);
    expect(PostFeedbackBody.safeParse({ text: "hi", receivedAt: "2026-03-03 09:00" }).success).toBe(false);
    expect(PostFeedbackBody.safeParse({ text: "hi", receivedAt: new Date(Date.now() + 86_400_000).toISOString() }).success).toBe(false);
  });

  it("reads list filters from the query string", () => {
    const q = ListFeedbackQuery.parse({ channel: "SOCIAL", since: "2026-03-01", until: "2026-03-04T00:00:00Z", limit: "20" });
    expect(q).toMatchObject({ channel: "SOCIAL", limit: 20 });
    expect(q.since?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(ListFeedbackQuery.parse({}).limit).toBe(50);
    expect(ListFeedbackQuery.safeParse({ limit: "201" }).success).toBe(false);
    expect(ListFeedbackQuery.safeParse({ sentiment: "angry" }).success).toBe(false);
  });

  it("round-trips opaque cursors and refuses forged ones", () => {
    const at = new Date("2026-03-03T09:00:00.123Z");
    expect(decodeCursor(encodeCursor({ receivedAt: at, id: "abc" }))).toEqual({ receivedAt: at, id: "abc" });
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('["nope","x"]').toString("base64url"))).toBeNull();
  });
});
