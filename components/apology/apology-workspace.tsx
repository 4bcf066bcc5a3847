"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ApologyAnalysis, ApologyContext, Finding } from "@/lib/apology/analysis";
import { saveDraftAction } from "@/lib/apology/actions";
import { HighlightedTextarea } from "@/components/apology/highlighted-textarea";
import { AnalysisPanel } from "@/components/apology/analysis-panel";
import { Button } from "@/components/ui/button";

type Props = {
  apologyId: string;
  name: string;
  charLimit: number | null;
  canEdit: boolean;
  current: { number: number; body: string; authorName: string } | null;
  context: ApologyContext;
  formula: string;
};

type SaveStatus = { kind: "saved" | "unsaved" | "saving" | "conflict" | "error"; message: string };

const AUTOSAVE_MS = 1500;
const ANALYSIS_MS = 250;

// The analyzer is loaded on demand so the page paints before the language models arrive.
const loadAnalyzer = () => import("@/lib/apology/analysis").then((m) => m.analyzeApology);

export function ApologyEditor({ apologyId, name, charLimit, canEdit, current, context, formula }: Props) {
  const router = useRouter();
  const [text, setText] = useState(current?.body ?? "");
  const [base, setBase] = useState(current?.number ?? 0);
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", message: current ? `Version ${current.number}` : "Nothing saved yet" });
  const [analysis, setAnalysis] = useState<ApologyAnalysis | null>(null);
  const [focused, setFocused] = useState<Finding | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const saving = useRef(false);
  // The text as it is now, for a save that finishes after more was typed.
  const latestText = useRef(text);
  useEffect(() => {
    latestText.current = text;
  }, [text]);

  // Live analysis, debounced.
  useEffect(() => {
    let cancelled = false;
    const t = setTimeout(async () => {
      const analyze = await loadAnalyzer();
      if (!cancelled) setAnalysis(analyze(text, context));
    }, ANALYSIS_MS);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [text, context]);

  // When someone else's save arrives and there is nothing unsaved here, follow it (adjusting
  // state during render, as React recommends, rather than in an effect).
  const [seenNumber, setSeenNumber] = useState(current?.number ?? 0);
  if (current && current.number !== seenNumber) {
    setSeenNumber(current.number);
    if (current.number > base && status.kind === "saved") {
      setText(current.body);
      setBase(current.number);
      setStatus({ kind: "saved", message: `Version ${current.number} by ${current.authorName}` });
    }
  }

  const save = useCallback(
    async (body: string, baseNumber: number) => {
      if (saving.current) return;
      saving.current = true;
      setStatus({ kind: "saving", message: "Saving…" });
      const result = await saveDraftAction({ apologyId, baseNumber, body });
      saving.current = false;
      if (result.ok && result.data) {
        const data = result.data as { number: number };
        setBase(data.number);
        // Typed while this save was on its way (its own autosave found a save running and
        // stood down): still unsaved, so the autosave goes again rather than showing "Saved".
        setStatus(latestText.current === body ? { kind: "saved", message: result.message } : { kind: "unsaved", message: "Unsaved changes" });
        router.refresh();
      } else if (result.status === 409) {
        setStatus({ kind: "conflict", message: result.message });
        router.refresh();
      } else {
        setStatus({ kind: "error", message: result.message });
      }
    },
    [apologyId, router],
  );

  // Autosave after a pause in typing; a conflict waits for the person to choose.
  useEffect(() => {
    if (!canEdit || status.kind !== "unsaved") return;
    const t = setTimeout(() => void save(text, base), AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [text, base, status.kind, canEdit, save]);

  const edit = (value: string) => {
    setText(value);
    if (status.kind !== "conflict") setStatus({ kind: "unsaved", message: "Unsaved changes" });
  };

  // The analysis may be a keystroke behind the text: replace the occurrence of the finding's
  // words nearest to where it was found, and nothing if they are gone.
  const replace = (f: Finding) => {
    if (f.replacement === undefined) return;
    let best = -1;
    for (let i = text.indexOf(f.text); i !== -1; i = text.indexOf(f.text, i + 1)) {
      if (best === -1 || Math.abs(i - f.span.start) < Math.abs(best - f.span.start)) best = i;
    }
    if (best === -1) return;
    edit(text.slice(0, best) + f.replacement + text.slice(best + f.text.length));
    textareaRef.current?.focus();
  };

  const theirs = status.kind === "conflict" && current && current.number > base ? current : null;
  const over = charLimit !== null && text.length > charLimit;
  const countId = `${apologyId}-count`;
  const statusTone = status.kind === "conflict" || status.kind === "error" ? "text-danger" : status.kind === "saved" ? "text-ok" : "text-muted";

  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <label htmlFor={`draft-${apologyId}`} className="font-semibold">
            Draft: {name}
          </label>
          <p role="status" aria-live="polite" className={`text-sm ${statusTone}`} data-testid="save-status">
            {status.message}
          </p>
        </div>
        {canEdit ? (
          <HighlightedTextarea
            id={`draft-${apologyId}`}
            value={text}
            onChange={edit}
            findings={analysis?.findings ?? []}
            focused={focused}
            describedBy={countId}
            textareaRef={textareaRef}
          />
        ) : (
          <textarea
            id={`draft-${apologyId}`}
            readOnly
            value={text}
            placeholder="No draft yet."
            rows={10}
            className="w-full rounded-md border border-border bg-sunken p-3 text-base leading-relaxed"
          />
        )}
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <p id={countId} className={over ? "font-semibold text-danger" : "text-muted"} aria-live={over ? "polite" : "off"}>
            {text.length}
            {charLimit !== null ? ` / ${charLimit} characters${over ? ` — ${text.length - charLimit} over the limit` : ""}` : " characters"}
          </p>
          {canEdit ? (
            <Button variant="secondary" onClick={() => void save(text, base)} disabled={status.kind === "saving" || status.kind === "conflict"}>
              Save now
            </Button>
          ) : null}
        </div>
        {theirs ? (
          <section aria-labelledby="conflict-heading" className="rounded-md border-2 border-danger bg-danger-bg p-3" data-testid="conflict">
            <h3 id="conflict-heading" className="font-semibold text-danger">
              Version {theirs.number} was saved by {theirs.authorName} while you were writing
            </h3>
            <p className="mt-1 text-sm">Your text is still in the editor above, unsaved. Their version:</p>
            <div className="mt-2 max-h-60 overflow-auto whitespace-pre-wrap rounded bg-surface p-2 text-sm" data-testid="their-text">
              {theirs.body}
            </div>
            <div className="mt-3 flex flex-wrap gap-2">
              <Button onClick={() => void save(text, theirs.number)}>Save mine as version {theirs.number + 1}</Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setText(theirs.body);
                  setBase(theirs.number);
                  setStatus({ kind: "saved", message: `Version ${theirs.number} by ${theirs.authorName}` });
                }}
              >
                Discard mine, use theirs
              </Button>
            </div>
          </section>
        ) : null}
      </div>
      <aside aria-label="Sincerity analysis" className="rounded-lg border border-border bg-surface p-4">
        <AnalysisPanel analysis={analysis} formula={formula} onReplace={replace} onFocusFinding={setFocused} />
      </aside>
    </div>
  );
}
