// The four marks of a compassionate reply, checked as the reply is written. Pure and advisory:
// a reply can be sent without them, but the composer shows which are missing.
export type ChecklistItem = { key: "feeling" | "ownership" | "action" | "contact"; label: string; done: boolean };

const CHECKS: { key: ChecklistItem["key"]; label: string; pattern: RegExp }[] = [
  { key: "feeling", label: "Acknowledge how they feel", pattern: /\b(sorry|apologi[sz]e|understand|frustrat\w*|upset\w*|stress\w*|worr\w*|angry|annoy\w*|disappoint\w*|must have been|you('re| are) right)\b/i },
  { key: "ownership", label: "Own the mistake", pattern: /\b(our (mistake|fault|error|failure)|we (made|caused|got|broke|failed|charged|did|let you down)|that was (on )?us|I take responsibility)\b/i },
  { key: "action", label: "Say what is being done", pattern: /\b(refund\w*|fix\w*|restor\w*|revers\w*|credit\w*|we (have|are|will|'ve|'re|'ll)\s+\w+|already|today|within \d+)\b/i },
  { key: "contact", label: "Offer a direct contact", pattern: /([\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{6,}\d|\bhttps?:\/\/\S+|\b(reply to this|DM us|direct message|call us|write to us|contact me|reach me|my name is)\b)/i },
];

export function replyChecklist(text: string): ChecklistItem[] {
  return CHECKS.map((c) => ({ key: c.key, label: c.label, done: c.pattern.test(text) }));
}
