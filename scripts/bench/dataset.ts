// The benchmark dataset: one organization with members in every role, 3 campaigns, feedback over
// 8 weeks across channels (most of it answered), themes, lessons, commitments with evidence and
// updates, stories, published apologies and API tokens. Written straight through the driver in
// one transaction (the full-text triggers still index every text). Full size: 100,000 items,
// 200 themes, 1,000 commitments, 5,000 evidence, 500 stories; --smoke scales it down.
import { writeFileSync } from "node:fs";
import { hashPassword } from "@/lib/auth/password";
import { rng, cuid } from "./random";
import { T } from "./tables";
import { sqliteWriter, pgWriter, type Writer } from "./writer";
import { apiTokens, BENCH_PASSWORD, campaigns, ORG_SLUG, people, type BenchCampaign, type Person } from "./dataset-people";
import { feedback, themes } from "./dataset-feedback";
import { promises } from "./dataset-promises";
import { apologies, stories } from "./dataset-public";
import type { Target } from "./target";

export type DatasetSize = { items: number; themes: number; commitments: number; evidence: number; stories: number; lessons: number; tokens: number };

export function sizeFor(items: number): DatasetSize {
  const f = items / 100_000;
  const at = (full: number, min: number) => Math.max(min, Math.round(full * f));
  return { items, themes: at(200, 12), commitments: at(1000, 24), evidence: at(5000, 60), stories: at(500, 15), lessons: at(30, 3), tokens: 20 };
}

export type Manifest = {
  url: string;
  provider: Target["provider"];
  now: string;
  organization: { id: string; slug: string; name: string };
  campaigns: BenchCampaign[];
  people: Person[];
  apiTokens: string[];
  themeIds: Record<string, string[]>;
  counts: Record<string, number>;
  // Wall time, and the CPU this process used: on a shared machine the second is the steadier one.
  seconds: number;
  cpuSeconds: number;
  phases: { generate: number; insert: number };
};

export async function buildDataset(target: Target, size: DatasetSize, manifestFile: string): Promise<Manifest> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const r = rng();
  const now = new Date();
  const orgId = cuid(r);
  const orgAt = new Date(now.getTime() - 90 * 86_400_000);
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const staff = people(r, orgId, passwordHash, orgAt);
  const by = (role: Person["role"]) => staff.persons.filter((p) => p.role === role);
  const admin = by("ADMIN")[0];
  const tokens = apiTokens(r, orgId, admin.userId, size.tokens, orgAt);
  const camp = campaigns(r, orgId, by("COMMS")[0].userId, size.items, now);
  const th = themes(r, orgId, camp.list, size.themes);
  const fb = feedback(r, orgId, camp.list, { comms: by("COMMS") }, th.refs, now);
  const pr = promises(r, orgId, camp.list, by("MANAGER"), th.refs, size, now);
  const ap = apologies(r, orgId, camp.list, by("COMMS"), by("EXEC")[0]);
  const st = stories(r, orgId, camp.list, size.stories, by("COMMS"), fb.rows.slice(0, 5000).map((f) => f.id as string), now);

  const generated = performance.now();
  const writer: Writer = target.provider === "sqlite" ? sqliteWriter(target.file!) : await pgWriter(target.url);
  const counts: Record<string, number> = {};
  const put = async (spec: (typeof T)[keyof typeof T], rows: Record<string, unknown>[]) => {
    await writer.insert(spec, rows);
    counts[spec.name] = (counts[spec.name] ?? 0) + rows.length;
  };
  try {
    await put(T.Organization, [{ id: orgId, name: "Bench Co", slug: ORG_SLUG, createdAt: orgAt, updatedAt: orgAt }]);
    await put(T.User, staff.users);
    await put(T.Membership, staff.memberships);
    await put(T.ApiToken, tokens.rows);
    await put(T.Campaign, camp.rows);
    await put(T.Theme, th.rows);
    await put(T.FeedbackItem, fb.rows);
    await put(T.FeedbackTheme, fb.links);
    await put(T.Lesson, pr.lessons);
    await put(T.LessonTheme, pr.lessonThemes);
    await put(T.Commitment, pr.commitments);
    await put(T.CommitmentLesson, pr.commitmentLessons);
    await put(T.Evidence, pr.evidence);
    await put(T.CommitmentUpdate, pr.updates);
    await put(T.Apology, ap.apologyRows);
    await put(T.ApologyVersion, ap.versions);
    await put(T.ApologyPublication, ap.publications);
    await put(T.CustomerStory, st.rows);
    await put(T.ConsentRecord, st.consent);
    await put(T.PublicEvent, [...ap.events, ...pr.events]);
    await put(T.SavedReply, [
      { id: cuid(r), organizationId: orgId, title: "Refund on its way", body: "I'm sorry. Your refund was sent today; it can take 3 to 5 days to show.", createdAt: orgAt, updatedAt: orgAt },
    ]);
    await writer.commit();
  } finally {
    await writer.close();
  }

  const themeIds: Record<string, string[]> = {};
  for (const t of th.refs) (themeIds[t.campaignId] ??= []).push(t.id);
  const manifest: Manifest = {
    url: target.url,
    provider: target.provider,
    now: now.toISOString(),
    organization: { id: orgId, slug: ORG_SLUG, name: "Bench Co" },
    campaigns: camp.list,
    people: staff.persons,
    apiTokens: tokens.tokens,
    themeIds,
    counts,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (() => {
      const used = process.cpuUsage(cpu);
      return (used.user + used.system) / 1e6;
    })(),
    phases: { generate: (generated - started) / 1000, insert: (performance.now() - generated) / 1000 },
  };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return manifest;
}
