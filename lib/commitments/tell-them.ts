// The reply a "tell them" task starts from: it names what the customer said, the promise that
// answered it, and cites the public evidence that it was kept. Pure. Only public evidence is
// cited — internal files and notes never reach a customer by copy and paste.

export type CitableEvidence = {
  kind: "LINK" | "FILE" | "METRIC" | "NOTE";
  title: string;
  url: string | null;
  metricName: string | null;
  metricValue: number | null;
  metricUnit: string | null;
  metricBaseline: number | null;
  metricTarget: number | null;
  metricAsOf: Date | null;
  note: string;
};

const num = (n: number) => (Number.isInteger(n) ? n.toLocaleString("en") : n.toLocaleString("en", { maximumFractionDigits: 2 }));
const day = (d: Date) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);

export function citeEvidence(e: CitableEvidence): string {
  switch (e.kind) {
    case "LINK":
      return e.url ? `${e.title}: ${e.url}` : e.title;
    case "METRIC": {
      const unit = e.metricUnit ? ` ${e.metricUnit}` : "";
      const details = [
        e.metricBaseline !== null ? `was ${num(e.metricBaseline)}${unit}` : null,
        e.metricTarget !== null ? `target ${num(e.metricTarget)}${unit}` : null,
        e.metricAsOf ? `as of ${day(e.metricAsOf)}` : null,
      ].filter(Boolean);
      return `${e.metricName ?? e.title}: ${e.metricValue !== null ? num(e.metricValue) : "—"}${unit}${details.length ? ` (${details.join(", ")})` : ""}`;
    }
    case "NOTE":
      return e.note ? e.note.slice(0, 300) : e.title;
    case "FILE":
      return e.title;
  }
}

// The customer's words on one line, shortened, ending with a stop so the sentence after reads on.
function quote(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  const short = one.length > 140 ? `${one.slice(0, 137).trimEnd()}…` : one;
  return /[.!?…]$/.test(short) ? short : `${short}.`;
}

export function tellThemReply(input: { authorName: string | null; feedbackText: string; commitmentTitle: string; evidence: CitableEvidence[] }): string {
  const hello = input.authorName ? `Hi ${input.authorName.split(/\s+/)[0]},` : "Hello,";
  const proof = input.evidence.slice(0, 3).map((e) => `- ${citeEvidence(e)}`);
  return [
    hello,
    "",
    `You told us: “${quote(input.feedbackText)}” You were right, and it changed what we do.`,
    "",
    `We promised: ${input.commitmentTitle}. That promise is now kept.`,
    ...(proof.length ? ["", "Here is the proof:", ...proof] : []),
    "",
    "Thank you for telling us. If anything is still not right, reply to this message and a person will answer.",
  ].join("\n");
}
