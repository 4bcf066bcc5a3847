"use client";
import { useRef, type ReactNode } from "react";
import type { Finding } from "@/lib/apology/analysis";

// A textarea over a backdrop that paints the findings' spans: the person types in a real,
// accessible textarea while the marks show where each finding is.
const MARK: Record<Finding["severity"], string> = {
  high: "bg-danger-bg underline decoration-danger decoration-2",
  medium: "bg-warn-bg underline decoration-warn decoration-2",
  low: "underline decoration-muted decoration-dotted",
};

function paint(text: string, findings: Finding[], focused: Finding | null): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.span.start < at || f.span.end > text.length || text.slice(f.span.start, f.span.end) !== f.text) continue;
    out.push(text.slice(at, f.span.start));
    const ring = focused?.id === f.id ? " outline outline-2 outline-gold" : "";
    out.push(
      <mark key={f.id} className={`rounded-sm text-transparent ${MARK[f.severity]}${ring}`} data-rule={f.rule}>
        {text.slice(f.span.start, f.span.end)}
      </mark>,
    );
    at = f.span.end;
  }
  out.push(text.slice(at));
  // A trailing newline needs a character after it to take up a line in the backdrop.
  out.push("\u200b");
  return out;
}

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  findings: Finding[];
  focused: Finding | null;
  describedBy?: string;
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>;
};

export function HighlightedTextarea({ id, value, onChange, findings, focused, describedBy, textareaRef }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const shared = "min-h-72 w-full whitespace-pre-wrap break-words p-3 font-sans text-base leading-relaxed";
  return (
    <div className="relative rounded-md border border-border bg-surface focus-within:outline focus-within:outline-3 focus-within:outline-gold">
      <div ref={backdrop} aria-hidden="true" className={`${shared} pointer-events-none absolute inset-0 overflow-hidden text-transparent`}>
        {paint(value, findings, focused)}
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
        aria-describedby={describedBy}
        spellCheck
        className={`${shared} relative block resize-y bg-transparent text-fg outline-none`}
        rows={14}
      />
    </div>
  );
}
