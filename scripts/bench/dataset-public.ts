// What the public page shows: a published apology with one dated revision per campaign, and
// customer stories in every consent state (only GRANTED ones published).
import { analyzeApology } from "@/lib/apology/analysis";
import type { Row } from "./writer";
import { cuid, type Rng } from "./random";
import { APOLOGY, personName } from "./text";
import type { BenchCampaign, Person } from "./dataset-people";

const DAY = 86_400_000;
const SHARES = [0.6, 0.26, 0.14];
const QUOTES = [
  "They called me the same day, refunded the double charge and explained what went wrong. I'm staying.",
  "I was ready to leave. The apology was honest and the refund was fast, so I gave them another chance.",
  "They published exactly what went wrong and what they changed. That is more than most companies do.",
  "Support answered within an hour and covered my bank fee without me asking twice.",
];

export function apologies(r: Rng, orgId: string, list: BenchCampaign[], comms: Person[], exec: Person) {
  const apologyRows: Row[] = [];
  const versions: Row[] = [];
  const publications: Row[] = [];
  const events: Row[] = [];
  for (const c of list) {
    const id = cuid(r);
    const published = new Date(Date.parse(c.occurredAt) + DAY);
    const revised = new Date(Date.parse(c.occurredAt) + 4 * DAY);
    const bodies = [APOLOGY, `${APOLOGY} Update: every duplicate charge has now been refunded.`];
    const versionIds = bodies.map((body, i) => {
      const vid = cuid(r);
      const analysis = analyzeApology(body, { title: c.title, summary: "", audience: "", channel: "email" });
      versions.push({ id: vid, organizationId: orgId, apologyId: id, number: i + 1, body, authorId: r.pick(comms).userId, score: analysis.score, analysis, createdAt: i ? revised : published });
      return vid;
    });
    apologyRows.push({
      id, organizationId: orgId, campaignId: c.id, channel: "email", name: "Customer email", reviewState: "PUBLISHED", currentVersionId: versionIds[1],
      approvedVersionId: versionIds[1], publishedVersionId: versionIds[1], publishedAt: published, createdAt: published, updatedAt: revised,
    });
    publications.push({ id: cuid(r), organizationId: orgId, apologyId: id, versionId: versionIds[0], publishedById: exec.userId, changeSummary: "", publishedAt: published });
    publications.push({ id: cuid(r), organizationId: orgId, apologyId: id, versionId: versionIds[1], publishedById: exec.userId, changeSummary: "Added that every refund is done.", publishedAt: revised });
    events.push({ id: cuid(r), organizationId: orgId, campaignId: c.id, kind: "apology.published", title: "Our apology", summary: "", entityId: id, createdAt: published });
  }
  return { apologyRows, versions, publications, events };
}

export function stories(r: Rng, orgId: string, list: BenchCampaign[], total: number, comms: Person[], feedbackIds: string[], now: Date) {
  const rows: Row[] = [];
  const consent: Row[] = [];
  list.forEach((c, ci) => {
    const n = ci === list.length - 1 ? total - rows.length : Math.round(total * SHARES[ci]);
    for (let i = 0; i < n; i++) {
      const id = cuid(r);
      const status = r.weighted([["GRANTED", 40], ["REQUESTED", 20], ["NOT_REQUESTED", 25], ["DENIED", 10], ["WITHDRAWN", 5]] as const);
      const created = new Date(Date.parse(c.occurredAt) + r.next() * (now.getTime() - Date.parse(c.occurredAt)));
      const published = status === "GRANTED" && r.chance(0.15);
      const fromFeedback = feedbackIds.length > 0 && r.chance(0.5);
      rows.push({
        id, organizationId: orgId, campaignId: c.id, origin: fromFeedback ? "FEEDBACK" : "MANUAL", feedbackItemId: fromFeedback ? r.pick(feedbackIds) : null,
        authorName: personName(r), authorTitle: "Customer since 2019", quote: r.pick(QUOTES), channel: "Review", rating: r.int(3, 5),
        consentStatus: status, isPublished: published, publishedAt: published ? created : null, createdAt: created, updatedAt: created,
      });
      if (status !== "NOT_REQUESTED") {
        consent.push({ id: cuid(r), organizationId: orgId, storyId: id, status, method: "email", wording: "I agree that Bench Co may publish these words.", actorId: r.pick(comms).userId, createdAt: created });
      }
    }
  });
  return { rows, consent };
}
