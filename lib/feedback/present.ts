import { slaState, formatSlaClock } from "@/lib/feedback/sla";
import { formatDateTime } from "@/lib/shared/format";

// An inbox row as the list shows it, with its SLA clock. Pure.
export function presentInboxRow(
  item: {
    id: string; version: number; text: string; authorName: string | null; authorHandle: string | null; channel: string; status: string;
    sentimentLabel: string; sentimentOverridden: boolean; isSuggestion: boolean; receivedAt: Date; respondedAt: Date | null;
    assignee: { name: string } | null; themes: { theme: { label: string } }[];
  },
  slaMinutes: number,
  now: Date,
) {
  const state = slaState(item, slaMinutes, now);
  const tone = state.kind === "open-overdue" ? "danger" : state.kind === "open-within" ? ((state.minutesLeft ?? 0) < 60 ? "warn" : "ok") : state.kind === "answered-late" ? "warn" : "muted";
  return {
    id: item.id,
    version: item.version,
    text: item.text,
    author: item.authorName ?? item.authorHandle ?? "Anonymous",
    channel: item.channel,
    status: item.status,
    sentiment: item.sentimentLabel,
    sentimentOverridden: item.sentimentOverridden,
    isSuggestion: item.isSuggestion,
    receivedAt: formatDateTime(item.receivedAt),
    clock: formatSlaClock(state),
    clockTone: tone as "ok" | "warn" | "danger" | "muted",
    assignee: item.assignee?.name ?? null,
    themes: item.themes.map((t) => t.theme.label),
  };
}
