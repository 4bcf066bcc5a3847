// Following a public page by email, end to end against a real SMTP server (smtp-server in this
// process) and the real database: double opt-in, messages per public event, one-click
// unsubscribe, the outbox's claims, retries and refusals.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";

// SMTP_URL must be in the environment before lib/env is first read, i.e. before the imports below.
const peer = await vi.hoisted(async () => {
  const { SmtpPeer } = await import("@/tests/support/smtp-peer");
  const started = await new SmtpPeer().start();
  process.env.SMTP_URL = started.url;
  return started;
});

import { db } from "@/lib/db";
import { executeAction, executePublicAction } from "@/lib/actions/define-action";
import { publishApology } from "@/lib/apology/mutations";
import { confirmFollowing } from "@/lib/following/confirm";
import { drainFollowerMail } from "@/lib/following/drain";
import { describeConfirmation } from "@/lib/following/queries";
import { CLAIM_LEASE_MS, claimMail, findDueMail } from "@/lib/following/claim";
import { queueNewEvents } from "@/lib/following/queue-events";
import { MAX_ATTEMPTS } from "@/lib/following/retry";
import { CHECK_INBOX, FOLLOW_EMAIL_LIMIT, FOLLOW_CLIENT_LIMIT, followCampaignFrom } from "@/lib/following/subscribe";
import { GET as openUnsubscribeLink, POST as postUnsubscribe } from "@/app/follow/unsubscribe/[token]/route";
import { createCampaign, createMember, createOrganization, uid } from "@/tests/factories";
import { createApology, SINCERE_APOLOGY } from "@/tests/factories/apology";
import { createFollower, createPublicEvent } from "@/tests/factories/following";
import { snapshotOrganization } from "@/tests/support/snapshot";

afterAll(async () => {
  await peer.stop();
  delete process.env.SMTP_URL;
});

async function publicCampaign(publicPage = true, org?: { id: string }) {
  const admin = await createMember("ADMIN", org);
  const organization = await db.organization.findUniqueOrThrow({ where: { id: admin.organizationId } });
  const campaign = await createCampaign(admin, { publicPage, title: `Double charges ${uid()}` });
  return { admin, org: organization, campaign };
}
type Fixture = Awaited<ReturnType<typeof publicCampaign>>;

// Each test writes from its own client address and to its own mailbox, so limits and mail
// counts do not couple tests.
const clientAddress = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uid()}`;
const mailbox = () => `${uid("reader-")}@example.test`;

const form = (f: Fixture, email: string, extra: Record<string, unknown> = {}) => ({
  orgSlug: f.org.slug,
  campaignSlug: f.campaign.slug,
  email,
  website: "",
  ...extra,
});

const drain = (f: { org: { id: string } }, opts: { now?: Date; batchSize?: number } = {}) =>
  drainFollowerMail({ organizationId: f.org.id, ...opts });

function tokenIn(text: string, path: "confirm" | "unsubscribe"): { url: string; token: string } {
  const match = new RegExp(`(https?://\\S+/follow/${path}/([A-Za-z0-9_-]+))`).exec(text);
  if (!match) throw new Error(`no /follow/${path}/ link in:\n${text}`);
  return { url: match[1], token: match[2] };
}

const routeContext = (token: string) => ({ params: Promise.resolve({ token }) });

async function followAndConfirm(f: Fixture, email = mailbox()) {
  expect((await followCampaignFrom(form(f, email), clientAddress())).ok).toBe(true);
  await drain(f);
  const { token } = tokenIn(peer.to(email).at(-1)!.text, "confirm");
  expect(await executePublicAction(confirmFollowing, { token })).toMatchObject({ ok: true });
  return email;
}

describe("following a public page by email", () => {
  it("confirms by email, mails each new event with a working one-click unsubscribe, then sends nothing more", async () => {
    const f = await publicCampaign();
    const email = mailbox();

    const state = await followCampaignFrom(form(f, ` ${email.toUpperCase()} `), clientAddress());
    expect(state).toMatchObject({ ok: true, message: CHECK_INBOX });
    const subscriber = await db.subscriber.findFirstOrThrow({ where: { campaignId: f.campaign.id } });
    expect(subscriber).toMatchObject({ email, confirmedAt: null, organizationId: f.org.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organizationId: f.org.id, action: "follower.subscribe" } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "follow-form", entityType: "Subscriber", entityId: subscriber.id });
    expect(JSON.stringify(audit)).not.toContain(email);

    // The confirmation: one message, a link, no List-Unsubscribe (nothing to unsubscribe from yet).
    expect(await drain(f)).toMatchObject({ sent: 1, failed: 0 });
    const [confirmation] = peer.to(email);
    expect(confirmation.subject).toBe(`Confirm: follow “${f.campaign.title}” by email`);
    expect(confirmation.headers["list-unsubscribe"]).toBeUndefined();
    const confirm = tokenIn(confirmation.text, "confirm");
    expect(confirmation.html).toContain(confirm.url);
    // Only the hash is stored.
    expect(JSON.stringify(await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } }))).not.toContain(confirm.token);

    expect(await describeConfirmation(confirm.token)).toMatchObject({ state: "valid", campaignTitle: f.campaign.title });
    const confirmed = await executePublicAction(confirmFollowing, { token: confirm.token });
    expect(confirmed).toMatchObject({ ok: true, data: { orgSlug: f.org.slug, campaignSlug: f.campaign.slug } });
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).confirmedAt).toBeInstanceOf(Date);

    // A real public change: the apology is published through its action.
    const comms = await createMember("COMMS", f.org);
    const apology = await createApology(f.campaign, comms.userId, { channel: "statement", bodies: [SINCERE_APOLOGY], state: "APPROVED", approveCurrent: true });
    expect(await executeAction(publishApology, comms, { apologyId: apology.id, expectedVersion: apology.version })).toMatchObject({ ok: true });
    expect(await drain(f)).toMatchObject({ queued: 1, sent: 1 });

    const update = peer.to(email)[1];
    expect(update.subject).toBe("Customer email published");
    expect(update.text).toContain(`${f.org.name} posted an update on “${f.campaign.title}”`);
    expect(update.text).toContain(`http://localhost:3000/p/${f.org.slug}/${f.campaign.slug}`);
    expect(update.html).toContain("Customer email published");
    const unsubscribe = tokenIn(update.text, "unsubscribe");
    expect(update.headers["list-unsubscribe"]).toBe(`<${unsubscribe.url}>`);
    expect(update.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(update.headers["message-id"]).toMatch(/^<c[a-z0-9]+@localhost>$/);
    expect(update.html).toContain(unsubscribe.url);

    // The mail client's one-click POST.
    const response = await postUnsubscribe(
      new Request(unsubscribe.url, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      routeContext(unsubscribe.token),
    );
    expect(response.status).toBe(200);
    const gone = await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } });
    expect(gone.unsubscribedAt).toBeInstanceOf(Date);
    expect(gone.email).toBeNull();
    // The link in the message still answers, with the confirmation page.
    const opened = await openUnsubscribeLink(new Request(unsubscribe.url), routeContext(unsubscribe.token));
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`/p/${f.org.slug}/${f.campaign.slug}/follow/unsubscribed`);

    await createPublicEvent(f.campaign, "Promise kept: every duplicate charge refunded");
    expect(await drain(f)).toMatchObject({ queued: 0, sent: 0 });
    expect(peer.to(email)).toHaveLength(2);
  });

  it("stops at once through the link's GET too, cancelling what is still waiting", async () => {
    const f = await publicCampaign();
    const email = await followAndConfirm(f);
    await createPublicEvent(f.campaign, "Work started: a second check on every invoice");
    await drain(f);
    const { url, token } = tokenIn(peer.to(email).at(-1)!.text, "unsubscribe");
    await createPublicEvent(f.campaign, "New evidence: the refund report");
    await queueNewEvents(new Date(), { organizationId: f.org.id });
    const response = await openUnsubscribeLink(new Request(url), routeContext(token));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/p/${f.org.slug}/${f.campaign.slug}/follow/unsubscribed`);
    expect(await db.followerMail.count({ where: { campaignId: f.campaign.id, status: "CANCELLED" } })).toBe(1);
    expect(await drain(f)).toMatchObject({ sent: 0 });
    expect(peer.to(email)).toHaveLength(2);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organizationId: f.org.id, action: "follower.unsubscribe" } });
    expect(audit).toMatchObject({ actorLabel: "unsubscribe-link", entityType: "Subscriber" });
  });

  it("answers an unknown unsubscribe token as not found, changing nothing", async () => {
    const f = await publicCampaign();
    await followAndConfirm(f);
    const before = await snapshotOrganization(f.org.id);
    const token = "x".repeat(43);
    expect((await postUnsubscribe(new Request("http://x.test", { method: "POST" }), routeContext(token))).status).toBe(404);
    const opened = await openUnsubscribeLink(new Request("http://x.test"), routeContext(token));
    expect(opened.headers.get("location")).toBe("/follow/invalid-link");
    expect(await snapshotOrganization(f.org.id)).toBe(before);
  });

  it("sends an unconfirmed address its confirmation and nothing else", async () => {
    const f = await publicCampaign();
    const email = mailbox();
    await followCampaignFrom(form(f, email), clientAddress());
    await drain(f);
    await createPublicEvent(f.campaign);
    expect(await drain(f)).toMatchObject({ queued: 0, sent: 0 });
    expect(peer.to(email).map((m) => m.subject)).toEqual([`Confirm: follow “${f.campaign.title}” by email`]);
  });

  it("refuses an expired link and a used or replaced one, writing nothing", async () => {
    const f = await publicCampaign();
    const email = mailbox();
    await followCampaignFrom(form(f, email), clientAddress());
    await drain(f);
    const first = tokenIn(peer.to(email)[0].text, "confirm").token;

    await db.subscriber.updateMany({ where: { campaignId: f.campaign.id }, data: { confirmTokenExpiresAt: new Date(Date.now() - 1000) } });
    expect(await describeConfirmation(first)).toMatchObject({ state: "expired" });
    let before = await snapshotOrganization(f.org.id);
    expect(await executePublicAction(confirmFollowing, { token: first })).toMatchObject({ ok: false, status: 422 });
    expect(await snapshotOrganization(f.org.id)).toBe(before);

    // Asking again sends a new link, which replaces the first.
    await followCampaignFrom(form(f, email), clientAddress());
    await drain(f);
    expect(peer.to(email)).toHaveLength(2);
    const second = tokenIn(peer.to(email)[1].text, "confirm").token;
    expect(await describeConfirmation(first)).toEqual({ state: "invalid" });
    before = await snapshotOrganization(f.org.id);
    expect(await executePublicAction(confirmFollowing, { token: first })).toMatchObject({ ok: false, status: 404 });
    expect(await snapshotOrganization(f.org.id)).toBe(before);

    expect(await executePublicAction(confirmFollowing, { token: second })).toMatchObject({ ok: true });
    before = await snapshotOrganization(f.org.id);
    expect(await executePublicAction(confirmFollowing, { token: second })).toMatchObject({ ok: false, status: 404 });
    expect(await snapshotOrganization(f.org.id)).toBe(before);
    expect(await executePublicAction(confirmFollowing, { token: "short" })).toMatchObject({ ok: false, status: 422 });
  });

  it("gives the same answer for an address that already follows or already waits, and sends it nothing new", async () => {
    const f = await publicCampaign();
    const waiting = mailbox();
    await followCampaignFrom(form(f, waiting), clientAddress());
    // Asked twice before the first confirmation went out: one message.
    expect(await followCampaignFrom(form(f, waiting), clientAddress())).toEqual({ ok: true, message: CHECK_INBOX, data: null });
    expect(await db.followerMail.count({ where: { campaignId: f.campaign.id, kind: "CONFIRMATION" } })).toBe(1);

    const following = await followAndConfirm(f);
    const answer = await followCampaignFrom(form(f, following), clientAddress());
    expect(answer).toEqual({ ok: true, message: CHECK_INBOX, data: null });
    await drain(f);
    expect(peer.to(following)).toHaveLength(1);
    expect(peer.to(waiting)).toHaveLength(1);
    expect(await db.subscriber.count({ where: { campaignId: f.campaign.id } })).toBe(2);
  });

  it("queues an event whose message a follower already has without failing, and one bad event does not hold up the rest", async () => {
    const f = await publicCampaign();
    const [had, fresh] = await Promise.all([createFollower(f.campaign), createFollower(f.campaign)]);
    const event = await createPublicEvent(f.campaign, `Refunds done: ${uid()}`);
    // A message for this event already exists (written before the event was marked queued: an
    // import from another instance, a restore): the unique (follower, event) key would refuse a copy.
    await db.followerMail.create({ data: { organizationId: f.org.id, campaignId: f.campaign.id, subscriberId: had.id, kind: "EVENT", eventId: event.id, status: "FAILED" } });
    const later = await createPublicEvent(f.campaign, `Evidence posted: ${uid()}`);
    expect(await queueNewEvents(new Date(), { organizationId: f.org.id })).toBe(3);
    expect(await db.followerMail.count({ where: { eventId: event.id } })).toBe(2);
    expect(await db.followerMail.count({ where: { eventId: later.id } })).toBe(2);
    expect(await drain(f)).toMatchObject({ sent: 3 });
    expect(peer.to(fresh.email!).map((m) => m.subject).sort()).toEqual([event.title, later.title].sort());
    expect(peer.to(had.email!).map((m) => m.subject)).toEqual([later.title]);
  });

  it("sends each message exactly once when two drainers run at the same time", async () => {
    const f = await publicCampaign();
    const followers = await Promise.all(Array.from({ length: 12 }, () => createFollower(f.campaign)));
    const event = await createPublicEvent(f.campaign, `Promise kept: ${uid()}`);
    expect(await queueNewEvents(new Date(), { organizationId: f.org.id })).toBe(12);
    peer.delayMs = 15;
    try {
      const [a, b] = await Promise.all([drain(f, { batchSize: 3 }), drain(f, { batchSize: 3 })]);
      expect(a.sent + b.sent).toBe(12);
      // Both really worked: the claims, not the scheduling, kept them apart.
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      peer.delayMs = 0;
    }
    for (const follower of followers) expect(peer.to(follower.email!).map((m) => m.subject)).toEqual([event.title]);
    expect(await db.followerMail.count({ where: { eventId: event.id, status: "SENT" } })).toBe(12);
    // Queuing again adds nothing: one row per follower and event.
    expect(await queueNewEvents(new Date(), { organizationId: f.org.id })).toBe(0);
    expect(await drain(f)).toMatchObject({ sent: 0 });
  });

  it("gives a message that two drainers both saw as due to one of them, and an abandoned claim to the next, once", async () => {
    const f = await publicCampaign();
    const scope = { organizationId: f.org.id };
    await Promise.all([1, 2, 3].map(() => createFollower(f.campaign)));
    await createPublicEvent(f.campaign);
    const now = new Date();
    await queueNewEvents(now, scope);
    const seen = await findDueMail(now, { ...scope, batchSize: 10 });
    expect(seen).toHaveLength(3);
    const first = await claimMail(seen, now, scope);
    const second = await claimMail(seen, now, scope);
    expect(first.map((m) => m.id).sort()).toEqual([...seen].sort());
    expect(second).toEqual([]);
    // A drainer that died holding them: after the lease, one other drainer takes them over.
    const later = new Date(now.getTime() + CLAIM_LEASE_MS + 1000);
    expect(await findDueMail(new Date(now.getTime() + 1000), { ...scope, batchSize: 10 })).toEqual([]);
    const takeover = await claimMail(seen, later, scope);
    expect(takeover).toHaveLength(3);
    expect(await claimMail(seen, later, scope)).toEqual([]);
    expect(takeover.every((m) => m.attempts === 2)).toBe(true);
  });

  it("keeps a message when the SMTP server is down, records why, and sends it on a later run", async () => {
    const f = await publicCampaign();
    const follower = await createFollower(f.campaign);
    await createPublicEvent(f.campaign, "Promise kept: refunds sent");
    await peer.stop();
    let result;
    try {
      result = await drain(f);
    } finally {
      await peer.start();
    }
    expect(result).toMatchObject({ queued: 1, sent: 0, retrying: 1 });
    const waiting = await db.followerMail.findFirstOrThrow({ where: { subscriberId: follower.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, claimToken: null, sentAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|ECONNECTION|connect/i);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // Not due yet: the next run leaves it.
    expect(await drain(f)).toMatchObject({ sent: 0 });
    expect(await drain(f, { now: new Date(Date.now() + 2 * 60_000) })).toMatchObject({ sent: 1 });
    expect(await db.followerMail.findFirstOrThrow({ where: { subscriberId: follower.id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(peer.to(follower.email!)).toHaveLength(1);
  });

  it("gives up at once on a mailbox the server refuses, and after the last retry otherwise", async () => {
    const f = await publicCampaign();
    const refused = await createFollower(f.campaign);
    peer.refused.add(refused.email!);
    await createPublicEvent(f.campaign);
    expect(await drain(f)).toMatchObject({ failed: 1 });
    const row = await db.followerMail.findFirstOrThrow({ where: { subscriberId: refused.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toMatch(/^550/);
    expect(await drain(f, { now: new Date(Date.now() + 86_400_000) })).toMatchObject({ sent: 0, failed: 0 });

    const unlucky = await createFollower(f.campaign);
    await createPublicEvent(f.campaign);
    await queueNewEvents(new Date(), { organizationId: f.org.id });
    await db.followerMail.updateMany({ where: { subscriberId: unlucky.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await peer.stop();
    try {
      expect(await drain(f)).toMatchObject({ failed: 1 });
    } finally {
      await peer.start();
    }
    expect(await db.followerMail.findFirstOrThrow({ where: { subscriberId: unlucky.id } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });

  it("limits requests per client address and per email address, writing nothing but counters", async () => {
    const f = await publicCampaign();
    const email = mailbox();
    for (let i = 0; i < FOLLOW_EMAIL_LIMIT.limit; i++) expect((await followCampaignFrom(form(f, email), clientAddress())).ok).toBe(true);
    let before = await snapshotOrganization(f.org.id);
    expect(await followCampaignFrom(form(f, email.toUpperCase()), clientAddress())).toMatchObject({ ok: false, status: 429 });
    expect(await snapshotOrganization(f.org.id)).toBe(before);

    const from = clientAddress();
    for (let i = 0; i < FOLLOW_CLIENT_LIMIT.limit; i++) expect((await followCampaignFrom(form(f, mailbox()), from)).ok).toBe(true);
    before = await snapshotOrganization(f.org.id);
    const refused = await followCampaignFrom(form(f, mailbox()), from);
    expect(refused).toMatchObject({ ok: false, status: 429 });
    expect(refused.message).toMatch(/try again later/);
    expect(await snapshotOrganization(f.org.id)).toBe(before);
    // Someone else, elsewhere, is not affected.
    expect((await followCampaignFrom(form(f, mailbox()), clientAddress())).ok).toBe(true);
  });

  it("tells a bot it worked and stores nothing; refuses a broken address with nothing written", async () => {
    const f = await publicCampaign();
    const before = await snapshotOrganization(f.org.id);
    expect(await followCampaignFrom(form(f, mailbox(), { website: "http://spam.example" }), clientAddress())).toEqual({ ok: true, message: CHECK_INBOX });
    const bad = await followCampaignFrom(form(f, "reader@"), clientAddress());
    expect(bad).toMatchObject({ ok: false, status: 422, fieldErrors: { email: [expect.any(String)] } });
    expect(await snapshotOrganization(f.org.id)).toBe(before);
    expect(await drain(f)).toMatchObject({ sent: 0 });
  });

  it("keeps campaigns apart: a page's events reach only its followers, and its links touch only them", async () => {
    const org = await createOrganization();
    const a = await publicCampaign(true, org);
    const b = await publicCampaign(true, org);
    const other = await publicCampaign();
    const email = mailbox();
    await followAndConfirm(a, email);
    await followAndConfirm(b, email);
    const elsewhere = await createFollower(other.campaign);

    await createPublicEvent(a.campaign, "Promise kept: only for A");
    await createPublicEvent(other.campaign, "Promise kept: only for the other organization");
    await drain(a);
    await drain(other);
    expect(peer.to(email).map((m) => m.subject).filter((s) => s.startsWith("Promise kept"))).toEqual(["Promise kept: only for A"]);
    expect(peer.to(elsewhere.email!).map((m) => m.subject)).toEqual(["Promise kept: only for the other organization"]);

    // Stopping A leaves B.
    const { token } = tokenIn(peer.to(email).at(-1)!.text, "unsubscribe");
    await postUnsubscribe(new Request("http://x.test", { method: "POST" }), routeContext(token));
    await createPublicEvent(b.campaign, "Promise kept: only for B");
    await drain(b);
    expect(peer.to(email).at(-1)!.subject).toBe("Promise kept: only for B");

    // A campaign's slug under another organization's slug cannot be followed.
    expect(await followCampaignFrom({ ...form(other, mailbox()), orgSlug: org.slug }, clientAddress())).toMatchObject({ ok: false, status: 404 });
  });

  it("sends nothing about a page that is not public, nor about an event that was removed", async () => {
    const f = await publicCampaign(false);
    expect(await followCampaignFrom(form(f, mailbox()), clientAddress())).toMatchObject({ ok: false, status: 404 });
    const follower = await createFollower(f.campaign);
    await createPublicEvent(f.campaign);
    expect(await drain(f)).toMatchObject({ queued: 0, sent: 0 });

    const g = await publicCampaign();
    const reader = await createFollower(g.campaign);
    const event = await createPublicEvent(g.campaign, "A customer shared their story");
    await queueNewEvents(new Date(), { organizationId: g.org.id });
    // As a story's withdrawal does: its events go, and what was waiting for them with them.
    await db.publicEvent.delete({ where: { id: event.id } });
    expect(await drain(g)).toMatchObject({ sent: 0, cancelled: 1 });
    expect(peer.to(reader.email!)).toHaveLength(0);
    expect(peer.to(follower.email!)).toHaveLength(0);
  });

  it("escapes what it quotes in the HTML part", async () => {
    const f = await publicCampaign();
    const follower = await createFollower(f.campaign);
    await createPublicEvent(f.campaign, "New evidence: <script>alert(1)</script>", "<img src=x onerror=alert(1)>");
    await drain(f);
    const [message] = peer.to(follower.email!);
    expect(message.html).not.toContain("<script>");
    expect(message.html).not.toContain("<img");
    expect(message.html).toContain("&lt;script&gt;");
    expect(message.text).toContain("<img src=x onerror=alert(1)>");
  });

  it("npm run mail:send delivers what is due, once", async () => {
    const f = await publicCampaign();
    const follower = await createFollower(f.campaign);
    await createPublicEvent(f.campaign, "Promise kept: sent by the scheduler");
    const run = promisify(execFile);
    const { LOG_LEVEL: _level, ...inherited } = process.env;
    const cli = () =>
      run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/send-follower-mail.ts", "--org", f.org.slug], {
        env: { ...inherited, DATABASE_URL: process.env.DATABASE_URL, SMTP_URL: peer.url, NODE_ENV: "production" },
        timeout: 60_000,
      });
    expect(JSON.parse((await cli()).stdout)).toEqual({ queued: 1, sent: 1, retrying: 0, failed: 0, cancelled: 0 });
    expect(JSON.parse((await cli()).stdout)).toEqual({ queued: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 });
    expect(peer.to(follower.email!).map((m) => m.subject)).toEqual(["Promise kept: sent by the scheduler"]);
  });
});
