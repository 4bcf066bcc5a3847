// Lessons, commitments across the four trust elements, their evidence and update timelines. Every
// DONE commitment has evidence (the product's rule); a few are public, with public proof, so the
// public page shows a realistic number of promises rather than a thousand.
import type { Row } from "./writer";
import { cuid, type Rng } from "./random";
import { COMMITMENT_TITLES, TRUST_ELEMENTS } from "./text";
import type { BenchCampaign, Person } from "./dataset-people";
import type { ThemeRef } from "./dataset-feedback";

const DAY = 86_400_000;
const SHARES = [0.6, 0.25, 0.15];

export function promises(
  r: Rng,
  orgId: string,
  list: BenchCampaign[],
  managers: Person[],
  themeRefs: ThemeRef[],
  counts: { commitments: number; evidence: number; lessons: number },
  now: Date,
) {
  const lessons: Row[] = [];
  const lessonThemes: Row[] = [];
  const commitments: (Row & { _created: number })[] = [];
  const commitmentLessons: Row[] = [];
  const updates: Row[] = [];
  const events: Row[] = [];
  const lessonIdsByCampaign = new Map<string, string[]>();

  list.forEach((c, ci) => {
    const start = Date.parse(c.occurredAt);
    const nLessons = Math.max(1, Math.round(counts.lessons * SHARES[ci]));
    const campaignThemes = themeRefs.filter((t) => t.campaignId === c.id);
    for (let i = 0; i < nLessons; i++) {
      const id = cuid(r);
      const at = new Date(start + r.int(3, 12) * DAY);
      lessons.push({
        id, organizationId: orgId, campaignId: c.id, title: `Lesson ${i + 1}: retries were not idempotent`,
        whatWeHeard: "Customers were charged twice and waited days for refunds and answers.",
        rootCause: "A deploy changed the retry policy without an idempotency key.", whatChanges: "Idempotency keys; staged rollouts with rollback.",
        createdById: r.pick(managers).userId, createdAt: at, updatedAt: at,
      });
      const theme = campaignThemes.length ? r.pick(campaignThemes) : null;
      if (theme) lessonThemes.push({ lessonId: id, themeId: theme.id, organizationId: orgId });
      lessonIdsByCampaign.set(c.id, [...(lessonIdsByCampaign.get(c.id) ?? []), id]);
    }

    const n = ci === list.length - 1 ? counts.commitments - commitments.length : Math.round(counts.commitments * SHARES[ci]);
    for (let i = 0; i < n; i++) {
      const id = cuid(r);
      const created = start + r.next() * Math.min(20 * DAY, now.getTime() - start);
      const due = created + r.int(5, 70) * DAY;
      const past = due < now.getTime();
      const status = past
        ? r.weighted([["DONE", 60], ["MISSED", 12], ["DROPPED", 6], ["IN_PROGRESS", 22]] as const)
        : r.weighted([["PLANNED", 40], ["IN_PROGRESS", 50], ["DONE", 10]] as const);
      const completedAt = status === "DONE" ? Math.min(now.getTime() - DAY, due + r.int(-10, 4) * DAY) : null;
      const isPublic = r.chance(0.05);
      const progress = status === "DONE" ? 100 : status === "IN_PROGRESS" ? r.int(10, 90) : status === "PLANNED" ? 0 : r.int(0, 60);
      commitments.push({
        _created: created,
        id, organizationId: orgId, campaignId: c.id, title: `${r.pick(COMMITMENT_TITLES)} (${ci + 1}.${i + 1})`,
        description: "Owner, date and the proof we will publish when it is done.", ownerId: r.pick(managers).userId, dueDate: new Date(due),
        trustElement: TRUST_ELEMENTS[i % 4], status, statusReason: status === "DROPPED" ? "Replaced by a broader commitment." : null, progress,
        isPublic, completedAt: completedAt === null ? null : new Date(Math.max(created + DAY, completedAt)), createdAt: new Date(created),
        updatedAt: new Date(completedAt ?? created),
      });
      const lessonIds = lessonIdsByCampaign.get(c.id) ?? [];
      if (lessonIds.length && r.chance(0.5)) commitmentLessons.push({ commitmentId: id, lessonId: r.pick(lessonIds), organizationId: orgId });
      const steps = r.int(1, 3);
      for (let s = 0; s < steps; s++) {
        const at = created + ((s + 1) / (steps + 1)) * Math.max(DAY, now.getTime() - created);
        updates.push({
          id: cuid(r), organizationId: orgId, commitmentId: id, authorId: r.pick(managers).userId,
          text: s === 0 ? "Owner assigned and work started." : "Progress update: next milestone reached.",
          progressFrom: Math.round((progress * s) / steps), progressTo: Math.round((progress * (s + 1)) / steps),
          statusFrom: s === 0 ? "PLANNED" : null, statusTo: s === 0 && status !== "PLANNED" ? "IN_PROGRESS" : null, createdAt: new Date(Math.min(at, now.getTime())),
        });
      }
      if (isPublic && status === "DONE") {
        events.push({ id: cuid(r), organizationId: orgId, campaignId: c.id, kind: "commitment.status", title: `Kept: ${commitments.at(-1)!.title}`, summary: "Done, with proof.", entityId: id, createdAt: new Date(completedAt!) });
      }
    }
  });

  // Evidence: one for every DONE commitment first, the rest spread over DONE and IN_PROGRESS ones.
  const evidence: Row[] = [];
  const active = commitments.filter((m) => m.status === "DONE" || m.status === "IN_PROGRESS");
  const add = (m: (typeof commitments)[number]) => {
    const kind = r.weighted([["LINK", 40], ["METRIC", 30], ["NOTE", 30]] as const);
    const at = new Date(m._created + r.next() * Math.max(DAY, now.getTime() - m._created));
    const retracted = r.chance(0.02);
    evidence.push({
      id: cuid(r), organizationId: orgId, commitmentId: m.id, kind, title: kind === "METRIC" ? "Customers refunded" : kind === "LINK" ? "Incident report" : "Progress note",
      url: kind === "LINK" ? `https://status.example/reports/${evidence.length}` : null, metricName: kind === "METRIC" ? "Refunded" : null,
      metricValue: kind === "METRIC" ? r.int(100, 18400) : null, metricUnit: kind === "METRIC" ? "customers" : null, metricBaseline: kind === "METRIC" ? 0 : null,
      metricTarget: kind === "METRIC" ? 18400 : null, metricAsOf: kind === "METRIC" ? at : null, note: kind === "NOTE" ? "Checked by the finance team." : "",
      isPublic: m.isPublic === true && r.chance(0.8), retractedAt: retracted ? now : null, retractedById: retracted ? m.ownerId : null,
      retractReason: retracted ? "Linked the wrong report." : null, addedById: m.ownerId, createdAt: at,
    });
  };
  for (const m of commitments) if (m.status === "DONE") add(m);
  while (evidence.length < counts.evidence && active.length) add(r.pick(active));

  return { lessons, lessonThemes, commitments: commitments.map(({ _created, ...row }) => row), commitmentLessons, updates, evidence, events };
}
