// "Needs attention": what is late or missing, each with the page where someone can act on it.
// Pure: the queries give counts and the oldest few records.
import { formatDate, formatDuration } from "@/lib/shared/format";
import { TRUST_ELEMENT_INFO } from "@/lib/commitments/elements";
import type { TrustElementValue } from "@/lib/dashboard/trust-components";

export type AttentionItem = {
  kind: "commitment" | "sla" | "apology" | "element";
  title: string;
  detail: string;
  href: string;
};

export type AttentionInputs = {
  slug: string;
  slaMinutes: number;
  overdue: { count: number; oldest: { id: string; title: string; dueDate: Date; owner: string | null }[] };
  waiting: { count: number; oldest: { id: string; authorName: string | null; channel: string; receivedAt: Date; excerpt: string }[] };
  apology: { variants: number; approvedOrPublished: number };
  missingElements: TrustElementValue[];
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function attentionItems(i: AttentionInputs): AttentionItem[] {
  const base = `/campaigns/${i.slug}`;
  const items: AttentionItem[] = [];
  for (const c of i.overdue.oldest) {
    items.push({
      kind: "commitment",
      title: `Overdue commitment: ${c.title}`,
      detail: `Was due ${formatDate(c.dueDate)}${c.owner ? `; owner ${c.owner}` : "; no owner"}.`,
      href: `${base}/promises/${c.id}`,
    });
  }
  if (i.overdue.count > i.overdue.oldest.length) {
    const more = i.overdue.count - i.overdue.oldest.length;
    items.push({ kind: "commitment", title: `${plural(more, "more overdue commitment")}`, detail: "See every overdue commitment.", href: `${base}/promises?due=overdue` });
  }
  if (i.waiting.count > 0) {
    items.push({
      kind: "sla",
      title: `${plural(i.waiting.count, "feedback item")} waiting past the ${formatDuration(i.slaMinutes)} SLA`,
      detail: "Open the inbox filtered to overdue items.",
      href: `${base}/listen?overdue=1`,
    });
    for (const w of i.waiting.oldest) {
      items.push({
        kind: "sla",
        title: `Waiting since ${formatDate(w.receivedAt)}: ${w.authorName ?? "anonymous"} (${w.channel.toLowerCase().replace("_", " ")})`,
        detail: w.excerpt,
        href: `${base}/listen/${w.id}`,
      });
    }
  }
  if (i.apology.approvedOrPublished === 0) {
    items.push({
      kind: "apology",
      title: i.apology.variants === 0 ? "No apology drafted yet" : "The apology is not approved yet",
      detail: i.apology.variants === 0 ? "Draft the apology: it comes first." : "No variant is approved or published.",
      href: `${base}/apology`,
    });
  }
  for (const e of i.missingElements) {
    const info = TRUST_ELEMENT_INFO[e];
    items.push({
      kind: "element",
      title: `No commitment covers ${info.label.toLowerCase()}`,
      detail: `${info.question} ${info.explain}`,
      href: `${base}/promises/new`,
    });
  }
  return items;
}
