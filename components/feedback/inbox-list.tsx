"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { bulkUpdateAction, quickUpdateFeedbackAction } from "@/lib/feedback/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export type InboxRow = {
  id: string;
  version: number;
  text: string;
  author: string;
  channel: string;
  status: string;
  sentiment: string;
  sentimentOverridden: boolean;
  isSuggestion: boolean;
  receivedAt: string;
  clock: string;
  clockTone: "ok" | "warn" | "danger" | "muted";
  assignee: string | null;
  themes: string[];
};

type Props = {
  rows: InboxRow[];
  basePath: string;
  canTriage: boolean;
  members: { id: string; name: string }[];
  themes: { id: string; label: string }[];
};

const TONE = { ok: "text-ok", warn: "text-warn", danger: "text-danger font-semibold", muted: "text-muted" } as const;
const SENTIMENT_TONE: Record<string, string> = { NEGATIVE: "bg-danger-bg text-danger", NEUTRAL: "bg-sunken text-fg", POSITIVE: "bg-ok-bg text-ok" };

// The inbox list with keyboard triage: j/k move, Enter opens, r replies, e closes, x selects,
// / searches, ? shows the keys. Bulk actions apply to the selected rows.
export function InboxList({ rows, basePath, canTriage, members, themes }: Props) {
  const router = useRouter();
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState("");
  const [bulkState, bulkAction, bulkPending] = useActionState(bulkUpdateAction, initialFormState);
  const help = useRef<HTMLDialogElement>(null);
  const rowRefs = useRef<(HTMLLIElement | null)[]>([]);

  useEffect(() => {
    const onKey = async (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.metaKey || e.ctrlKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return;
      const row = rows[active];
      const move = (to: number) => {
        const next = Math.max(0, Math.min(rows.length - 1, to));
        setActive(next);
        rowRefs.current[next]?.focus();
      };
      switch (e.key) {
        case "j": e.preventDefault(); move(active + 1); break;
        case "k": e.preventDefault(); move(active - 1); break;
        case "Enter": case "o": if (row) { e.preventDefault(); router.push(`${basePath}/${row.id}`); } break;
        case "r": if (row) { e.preventDefault(); router.push(`${basePath}/${row.id}#reply`); } break;
        case "x":
          if (row && canTriage) {
            e.preventDefault();
            setSelected((s) => { const n = new Set(s); if (n.has(row.id)) n.delete(row.id); else n.add(row.id); return n; });
          }
          break;
        case "e":
          if (row && canTriage) {
            e.preventDefault();
            const result = await quickUpdateFeedbackAction({ itemId: row.id, version: row.version, status: "CLOSED" });
            setNotice(result.ok ? `Closed: “${row.text.slice(0, 40)}…”` : result.message);
            router.refresh();
          }
          break;
        case "/": e.preventDefault(); document.getElementById("inbox-q")?.focus(); break;
        case "?": e.preventDefault(); help.current?.showModal(); break;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows, active, basePath, canTriage, router]);

  const toggle = (id: string) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <div className="flex flex-col gap-3">
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-muted">{notice}</p>
      {canTriage ? (
        <form
          action={async (fd) => { await bulkAction(fd); setSelected(new Set()); }}
          className="flex flex-wrap items-end gap-2 rounded-lg border border-border bg-surface p-3"
          aria-label="Bulk actions"
        >
          {[...selected].map((id) => <input key={id} type="hidden" name="ids" value={id} />)}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))} className="h-4 w-4" />
            Select all on this page
          </label>
          <span className="text-sm text-muted" aria-live="polite">{selected.size} selected</span>
          <label className="flex flex-col text-xs font-medium">Assign to
            <select name="assigneeId" defaultValue="" className="min-h-9 rounded-md border border-border bg-surface px-2 text-sm">
              <option value="">—</option>
              {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          </label>
          <label className="flex flex-col text-xs font-medium">Tag theme
            <select name="themeId" defaultValue="" className="min-h-9 rounded-md border border-border bg-surface px-2 text-sm">
              <option value="">—</option>
              {themes.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
            </select>
          </label>
          <label className="flex flex-col text-xs font-medium">Set status
            <select name="status" defaultValue="" className="min-h-9 rounded-md border border-border bg-surface px-2 text-sm">
              <option value="">—</option>
              <option value="IN_PROGRESS">In progress</option>
              <option value="CLOSED">Closed</option>
            </select>
          </label>
          <Button type="submit" variant="secondary" disabled={bulkPending || selected.size === 0}>Apply to selected</Button>
          <div className="w-full"><FormMessage state={bulkState} /></div>
        </form>
      ) : null}
      <ul className="flex flex-col gap-2" aria-label="Feedback items" data-testid="inbox">
        {rows.map((r, i) => (
          <li
            key={r.id}
            ref={(el) => { rowRefs.current[i] = el; }}
            tabIndex={i === active ? 0 : -1}
            onFocus={() => setActive(i)}
            aria-current={i === active ? "true" : undefined}
            data-testid="inbox-row"
            className={`flex gap-3 rounded-lg border bg-surface p-3 ${i === active ? "border-accent ring-2 ring-gold" : "border-border"}`}
          >
            {canTriage ? (
              <input type="checkbox" checked={selected.has(r.id)} onChange={() => toggle(r.id)} aria-label={`Select item from ${r.author}`} className="mt-1 h-4 w-4" />
            ) : null}
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
                <span className={`rounded px-1.5 py-0.5 font-medium ${SENTIMENT_TONE[r.sentiment] ?? ""}`}>{r.sentiment.toLowerCase()}{r.sentimentOverridden ? " (set by hand)" : ""}</span>
                <span className="font-medium">{r.channel.replace("_", " ").toLowerCase()}</span>
                <span>{r.author}</span>
                <span className="text-muted">{r.receivedAt}</span>
                <span className={TONE[r.clockTone]} data-testid="sla-clock">{r.clock}</span>
                <span className="text-muted">{r.status.replace("_", " ").toLowerCase()}</span>
                {r.assignee ? <span className="text-muted">→ {r.assignee}</span> : null}
                {r.isSuggestion ? <span className="rounded bg-info-bg px-1.5 py-0.5">suggestion</span> : null}
                {r.themes.map((t) => <span key={t} className="rounded bg-sunken px-1.5 py-0.5">{t}</span>)}
              </p>
              <Link href={`${basePath}/${r.id}`} className="mt-1 line-clamp-2 block break-words hover:underline">{r.text}</Link>
            </div>
          </li>
        ))}
      </ul>
      <dialog ref={help} className="rounded-lg border border-border bg-surface p-6 text-fg backdrop:bg-black/40" aria-labelledby="keys-heading">
        <h2 id="keys-heading" className="mb-3 text-lg font-semibold">Keyboard shortcuts</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {[["j / k", "next / previous item"], ["Enter or o", "open the item"], ["r", "reply"], ["e", "close the item"], ["x", "select for bulk actions"], ["/", "search"], ["?", "this help"]].map(([k, v]) => (
            <div key={k} className="contents"><dt><kbd className="rounded border border-border px-1">{k}</kbd></dt><dd>{v}</dd></div>
          ))}
        </dl>
        <form method="dialog" className="mt-4"><Button type="submit" variant="secondary">Close</Button></form>
      </dialog>
    </div>
  );
}
