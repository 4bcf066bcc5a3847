// Feedback items, themes and their links. Arrivals spike right after the incident and decay, with
// a floor (people keep writing for weeks); most items get a reply, with log-normal reply times
// around the SLA, so the dashboard's responsiveness and the inbox's filters have real spread.
import type { Row } from "./writer";
import { cuid, type Rng } from "./random";
import { feedbackText, handle, personName, replyText, sentimentOf, THEME_ASPECTS, THEME_BASES, TOPIC_WEIGHTS, type Topic } from "./text";
import type { BenchCampaign, Person } from "./dataset-people";

const DAY = 86_400_000;
const CHANNELS: [string, number][] = [["SOCIAL", 35], ["REVIEW", 15], ["SUPPORT", 20], ["EMAIL", 12], ["COMMENT", 8], ["SURVEY", 5], ["PUBLIC_FORM", 3], ["API", 2]];
const URL_OF: Record<string, string> = { SOCIAL: "https://social.example/post/", REVIEW: "https://reviews.example/r/", COMMENT: "https://blog.example/c/" };

export type ThemeRef = { id: string; campaignId: string; topic: Topic };

export function themes(r: Rng, orgId: string, list: BenchCampaign[], total: number) {
  const refs: ThemeRef[] = [];
  const rows: Row[] = [];
  const topics = Object.keys(THEME_BASES) as Topic[];
  const shares = [0.6, 0.25, 0.15];
  list.forEach((c, ci) => {
    const n = ci === list.length - 1 ? total - refs.length : Math.round(total * shares[ci]);
    const labels = new Set<string>();
    for (let k = 0; labels.size < n && k < n * 20; k++) {
      const topic = topics[k % topics.length];
      const base = THEME_BASES[topic][Math.floor(k / topics.length) % THEME_BASES[topic].length];
      const aspect = THEME_ASPECTS[Math.floor(k / (topics.length * 3)) % THEME_ASPECTS.length];
      const label = `${base} ${aspect}`.trim() + (labels.has(`${base} ${aspect}`.trim()) ? ` (${k})` : "");
      if (labels.has(label)) continue;
      labels.add(label);
      const id = cuid(r);
      refs.push({ id, campaignId: c.id, topic });
      const at = new Date(Date.parse(c.occurredAt) + r.int(1, 10) * DAY);
      rows.push({ id, organizationId: orgId, campaignId: c.id, label, keyPhrases: base.toLowerCase(), description: "", createdAt: at, updatedAt: at });
    }
  });
  return { refs, rows };
}

// A time in [start, now): 55% within the first fifth of the span (the spike), the rest uniform.
function arrival(r: Rng, start: number, now: number): number {
  const span = now - start;
  const f = r.chance(0.55) ? -Math.log(1 - r.next() * 0.9999) * 0.06 : r.next();
  return start + Math.min(f, 0.99999) * span;
}

export function feedback(r: Rng, orgId: string, list: BenchCampaign[], staff: { comms: Person[] }, themeRefs: ThemeRef[], now: Date) {
  const byCampaignTopic = new Map<string, ThemeRef[]>();
  for (const t of themeRefs) {
    const key = `${t.campaignId}:${t.topic}`;
    byCampaignTopic.set(key, [...(byCampaignTopic.get(key) ?? []), t]);
  }
  const items: (Row & { _t: number; _topic: Topic })[] = [];
  let serial = 0;
  for (const c of list) {
    const start = Date.parse(c.occurredAt);
    for (let i = 0; i < c.items; i++) {
      serial++;
      const topic = r.weighted(TOPIC_WEIGHTS);
      const channel = r.weighted(CHANNELS);
      const t = arrival(r, start, now.getTime());
      const sentiment = sentimentOf(r, topic);
      const social = channel === "SOCIAL";
      const name = personName(r);
      const age = now.getTime() - t;
      const replyAfter = r.logNormal(c.slaMinutes * 0.6, 1.1) * 60_000;
      const answered = age > replyAfter && r.chance(0.9);
      const responder = r.pick(staff.comms);
      const status = answered ? (r.chance(0.2) ? "CLOSED" : "RESPONDED") : r.weighted([["NEW", 70], ["IN_PROGRESS", 22], ["CLOSED", 8]] as const);
      const externalId = `${channel.toLowerCase()}-${serial}`;
      items.push({
        _t: t,
        _topic: topic,
        id: cuid(r), organizationId: orgId, campaignId: c.id, channel, externalId, dedupeKey: `ext:${externalId}`,
        authorName: social ? null : name, authorHandle: social ? handle(r) : null, text: feedbackText(r, topic, serial),
        url: URL_OF[channel] ? `${URL_OF[channel]}${serial}` : null, receivedAt: new Date(t),
        sentimentScore: Math.round(sentiment.score * 1000) / 1000, sentimentLabel: sentiment.label, status,
        assigneeId: status === "IN_PROGRESS" || r.chance(0.3) ? r.pick(staff.comms).userId : null,
        responseText: answered ? replyText(r, name) : null, respondedAt: answered ? new Date(t + replyAfter) : null,
        responderId: answered ? responder.userId : null, isSuggestion: topic === "suggestion",
        createdAt: new Date(t), updatedAt: new Date(answered ? t + replyAfter : t),
      });
    }
  }
  // Rowids follow arrival order, as they would in production.
  items.sort((a, b) => a._t - b._t);
  const links: Row[] = [];
  for (const item of items) {
    const candidates = byCampaignTopic.get(`${item.campaignId}:${item._topic}`) ?? [];
    if (!candidates.length || !r.chance(0.75)) continue;
    const first = r.pick(candidates);
    links.push({ feedbackItemId: item.id, themeId: first.id, organizationId: orgId, reviewed: r.chance(0.9), createdAt: item.receivedAt });
    const second = r.pick(candidates);
    if (second.id !== first.id && r.chance(0.2)) {
      links.push({ feedbackItemId: item.id, themeId: second.id, organizationId: orgId, reviewed: true, createdAt: item.receivedAt });
    }
  }
  const rows = items.map(({ _t, _topic, ...row }) => row);
  return { rows, links };
}
