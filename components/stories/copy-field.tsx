"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

// A read-only value with a copy button: links shown once, the iframe snippet.
export function CopyField({ label, value, multiline = false, hint, testId }: { label: string; value: string; multiline?: boolean; hint?: string; testId?: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const cls = "w-full rounded-md border border-border bg-surface px-2 py-1 font-mono text-xs";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={3} className={cls} data-testid={testId} aria-describedby={hint ? `${id}-hint` : undefined} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input id={id} readOnly value={value} className={cls} data-testid={testId} aria-describedby={hint ? `${id}-hint` : undefined} onFocus={(e) => e.currentTarget.select()} />
        )}
        <Button
          variant="secondary"
          onClick={() =>
            navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      {hint ? <p id={`${id}-hint`} className="text-xs text-muted">{hint}</p> : null}
      <span className="sr-only" aria-live="polite">{copied ? "Copied to the clipboard." : ""}</span>
    </div>
  );
}
