// Rate limits live in the RateLimit table, so every app instance shares them.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { consume, purgeExpired } from "@/lib/rate-limit/consume";
import { hashIdentifier } from "@/lib/rate-limit/identifier";
import { SIGN_IN_LIMIT } from "@/lib/rate-limit/sign-in";
import { windowStartFor } from "@/lib/rate-limit/window";
import { uid } from "@/tests/factories";

// next-auth itself needs a Next request scope (cookies(), headers()); here it stands in as a
// plain "wrong password" answer, and the test counts how often the limiter let a call through.
const nextAuth = vi.hoisted(() =>
  vi.fn(async () => Response.json({ url: "http://localhost/sign-in?error=CredentialsSignin" }, { status: 401 })),
);
vi.mock("next-auth", () => ({ default: nextAuth }));

const { POST, GET } = await import("@/app/api/auth/[...nextauth]/route");

const rule = { limit: 3, windowMs: 60_000 };

describe("consume", () => {
  it("allows up to the limit in a window, then refuses with the seconds left", async () => {
    const key = uid("test:");
    const start = windowStartFor(Date.now(), rule.windowMs);
    const at = new Date(start + 15_000);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consume(key, rule, at));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0, 0]);
    expect(results[3].retryAfterSeconds).toBe(45);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(5);
  });

  it("starts a fresh count in the next window", async () => {
    const key = uid("test:");
    const start = windowStartFor(Date.now(), rule.windowMs);
    for (let i = 0; i < 4; i++) await consume(key, rule, new Date(start + 1_000));
    const next = await consume(key, rule, new Date(start + rule.windowMs + 1_000));
    expect(next).toMatchObject({ ok: true, remaining: 2 });
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key } });
    expect(row.count).toBe(1);
    expect(row.windowStart.getTime()).toBe(start + rule.windowMs);
  });

  it("counts concurrent attempts exactly: none lost, exactly `limit` allowed", async () => {
    const key = uid("test:");
    const at = new Date(windowStartFor(Date.now(), 60_000) + 1_000);
    const results = await Promise.all(Array.from({ length: 25 }, () => consume(key, { limit: 10, windowMs: 60_000 }, at)));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(25);
  });

  it("keeps counters apart per key", async () => {
    const a = uid("test:");
    const b = uid("test:");
    for (let i = 0; i < 3; i++) await consume(a, rule);
    expect((await consume(a, rule)).ok).toBe(false);
    expect((await consume(b, rule)).ok).toBe(true);
  });

  it("purges only expired counters", async () => {
    const old = uid("test:");
    const live = uid("test:");
    await consume(old, rule, new Date(Date.now() - 10 * 60_000));
    await consume(live, rule);
    await purgeExpired();
    expect(await db.rateLimit.findUnique({ where: { key: old } })).toBeNull();
    expect(await db.rateLimit.findUnique({ where: { key: live } })).not.toBeNull();
  });
});

describe("sign-in limit", () => {
  const attempt = (email: string, ip: string) =>
    POST(
      new Request("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `${ip}, 10.0.0.1` },
        body: new URLSearchParams({ email, password: "wrong password here", csrfToken: "x", json: "true" }),
      }),
      { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) },
    );
  const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uid()}`;

  it("answers 429 with Retry-After to the 11th attempt on one account, before next-auth runs", async () => {
    const email = `${uid("victim-")}@example.test`;
    nextAuth.mockClear();
    for (let i = 0; i < SIGN_IN_LIMIT.limit; i++) expect((await attempt(email, ip())).status).toBe(401);
    expect(nextAuth).toHaveBeenCalledTimes(10);
    const refused = await attempt(email.toUpperCase(), ip());
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // next-auth's client builds a URL from `url` before it reads the status: the form sees 429.
    const body = (await refused.json()) as { url: string; message: string };
    expect(new URL(body.url).searchParams.get("error")).toBe("TooManyAttempts");
    expect(body.message).toMatch(/Too many sign-in attempts/);
    expect(nextAuth).toHaveBeenCalledTimes(10);
  });

  it("answers 429 to the 11th attempt from one address, whatever the account", async () => {
    const address = ip();
    for (let i = 0; i < 10; i++) expect((await attempt(`${uid()}@example.test`, address)).status).toBe(401);
    expect((await attempt(`${uid()}@example.test`, address)).status).toBe(429);
    expect((await attempt(`${uid()}@example.test`, ip())).status).toBe(401);
  });

  it("stores only peppered hashes of the email and address", async () => {
    const email = `${uid("private-")}@example.test`;
    const address = ip();
    await attempt(email, address);
    const keys = (await db.rateLimit.findMany({ where: { key: { startsWith: "signin:" } }, select: { key: true } })).map((k) => k.key);
    expect(keys).toContain(`signin:email:${hashIdentifier(email)}`);
    expect(keys).toContain(`signin:ip:${hashIdentifier(address)}`);
    expect(keys.join(" ")).not.toContain(email);
    expect(keys.join(" ")).not.toContain(address);
    expect(hashIdentifier(email)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not count other next-auth requests", async () => {
    nextAuth.mockClear();
    const res = await GET(new Request("http://localhost/api/auth/session"), { params: Promise.resolve({ nextauth: ["session"] }) });
    expect(res.status).toBe(401);
    const signOut = await POST(new Request("http://localhost/api/auth/signout", { method: "POST" }), { params: Promise.resolve({ nextauth: ["signout"] }) });
    expect(signOut.status).toBe(401);
    expect(nextAuth).toHaveBeenCalledTimes(2);
  });
});
