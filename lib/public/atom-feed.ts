import { Feed } from "feed";
import { escapeHtml } from "@/lib/shared/escape-html";

// The campaign's Atom feed. The feed library writes titles and summaries as type="html", so
// every text is escaped first: a customer's or a writer's "<script>" stays text in any reader.
export function buildAtomFeed(input: {
  origin: string;
  orgSlug: string;
  campaignSlug: string;
  title: string;
  organizationName: string;
  since: Date;
  events: { id: string; title: string; summary: string; createdAt: Date }[];
}): string {
  const page = `${input.origin}/p/${input.orgSlug}/${input.campaignSlug}`;
  const feed = new Feed({
    title: `${input.title} — ${input.organizationName}`,
    description: `What ${input.organizationName} promised after “${input.title}”, and the proof.`,
    id: page,
    link: page,
    language: "en",
    updated: input.events[0]?.createdAt ?? input.since,
    feedLinks: { atom: `${page}/feed.xml` },
    copyright: input.organizationName,
  });
  for (const e of input.events) {
    feed.addItem({ title: escapeHtml(e.title), id: `${page}#event-${e.id}`, link: page, description: escapeHtml(e.summary || e.title), date: e.createdAt });
  }
  return feed.atom1();
}
