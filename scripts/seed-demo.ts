// Seeds the demo organization once (idempotent): "Demo Co" with four members and a realistic
// incident campaign. Uses the same factories as the tests.
import { db } from "@/lib/db";
import { addMembership, createCampaign, createOrganization, createUser } from "@/tests/factories";
import type { Member } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/permissions";
import { DEMO_FEEDBACK } from "@/tests/fixtures/demo-feedback";
import { seedApology } from "@/scripts/demo/apology";
import { seedPromises } from "@/scripts/demo/promises";
import { seedStories } from "@/scripts/demo/stories";

const PASSWORD = "kintsugi-demo";
const PEOPLE: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.test", name: "Ada Admin", role: "ADMIN" },
  { email: "comms@demo.test", name: "Cleo Comms", role: "COMMS" },
  { email: "manager@demo.test", name: "Manu Manager", role: "MANAGER" },
  { email: "exec@demo.test", name: "Evelyn Exec", role: "EXEC" },
];

function printCredentials() {
  console.log("\nDemo Co is ready. Sign in with any of these (password: kintsugi-demo):");
  for (const p of PEOPLE) console.log(`  ${p.email.padEnd(20)} ${p.role}`);
  console.log("");
}

async function main() {
  const existing = await db.organization.findUnique({ where: { slug: "demo-co" } });
  if (existing) {
    console.log("Demo data already present: not seeding again.");
    printCredentials();
    return;
  }
  const org = await createOrganization({ name: "Demo Co", slug: "demo-co" });
  const users: { email: string; name: string; role: Role; user: { id: string } }[] = [];
  for (const p of PEOPLE) {
    const user = await createUser({ email: p.email, name: p.name, password: PASSWORD });
    await addMembership(org.id, user.id, p.role);
    users.push({ ...p, user });
  }
  const asMember = (role: Role): Member => {
    const u = users.find((x) => x.role === role)!;
    return { userId: u.user.id, name: u.name, email: u.email, organizationId: org.id, organizationSlug: org.slug, organizationName: org.name, role };
  };
  const comms = users.find((u) => u.role === "COMMS")!;
  const asComms = asMember("COMMS");
  const now = Date.now();
  const occurredAt = new Date(now - 9 * 86_400_000);
  const campaign = await createCampaign(asComms, {
    slug: "checkout-double-charges",
    title: "Double charges during the checkout outage",
    summary:
      "A faulty deploy of our payment service retried failed card authorisations and charged 18,400 customers two or three times for the same order. Checkout was down for 2 hours 35 minutes, and refunds took up to 10 days to reach some accounts.",
    occurredAt,
    discoveredAt: new Date(occurredAt.getTime() + 30 * 60_000),
    severity: "CRITICAL",
    affectedAudience: "Customers who ordered during the outage window, about 18,400 people",
    slaMinutes: 240,
    publicPage: true,
    status: "RECOVERING",
  });
  // Feedback over the nine days since the incident; older items mostly answered.
  const rows = DEMO_FEEDBACK.map((f, i) => {
    const receivedAt = new Date(occurredAt.getTime() + (i / DEMO_FEEDBACK.length) * 9 * 86_400_000 + 45 * 60_000);
    const answered = i < DEMO_FEEDBACK.length * 0.7;
    return {
      organizationId: org.id,
      campaignId: campaign.id,
      channel: f.channel,
      externalId: `demo-${i + 1}`,
      dedupeKey: `ext:demo-${i + 1}`,
      authorName: f.author,
      text: f.text,
      receivedAt,
      sentimentLabel: f.sentiment,
      sentimentScore: f.sentiment === "NEGATIVE" ? -0.6 : f.sentiment === "POSITIVE" ? 0.6 : 0,
      status: answered ? ("RESPONDED" as const) : ("NEW" as const),
      respondedAt: answered ? new Date(receivedAt.getTime() + ((i % 7) + 1) * 50 * 60_000) : null,
      responderId: answered ? comms.user.id : null,
      responseText: answered ? "We are so sorry. We charged you more than once, and that was our failure. Your refund is on its way; write to care@demo.test and a person will answer." : null,
      isSuggestion: /you should|please add|please make/i.test(f.text),
    };
  });
  await db.feedbackItem.createMany({ data: rows });
  await seedApology(campaign.id, asComms, asMember("EXEC"));
  await seedPromises(campaign, asMember("MANAGER"), now);
  await seedStories(campaign, now);
  await db.auditEvent.create({
    data: {
      organizationId: org.id,
      actorLabel: "demo seed",
      action: "demo.seed",
      entityType: "Organization",
      entityId: org.id,
      after: { campaign: campaign.slug, feedbackItems: rows.length },
    },
  });
  printCredentials();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
