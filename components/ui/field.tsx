import type { ComponentProps, ReactNode } from "react";

// A labelled control with its hint and error, wired with aria-describedby / aria-invalid.
type FieldProps = { id: string; label: string; hint?: ReactNode; error?: string; children: ReactNode; required?: boolean };

export function Field({ id, label, hint, error, children, required }: FieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {required ? <span aria-hidden="true" className="text-danger"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, hint?: unknown, error?: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

const control =
  "w-full rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg placeholder:text-muted aria-[invalid=true]:border-danger";

// hasHint: the surrounding Field shows a hint, so the control points to it.
type ControlExtras = { hasHint?: boolean; error?: string };

export function TextInput({ id, hasHint, error, className = "", ...props }: ComponentProps<"input"> & ControlExtras & { id: string }) {
  return (
    <input
      id={id}
      name={props.name ?? id}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hasHint, error)}
      className={`${control} min-h-10 ${className}`}
      {...props}
    />
  );
}

export function TextArea({ id, hasHint, error, className = "", ...props }: ComponentProps<"textarea"> & ControlExtras & { id: string }) {
  return (
    <textarea
      id={id}
      name={props.name ?? id}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hasHint, error)}
      className={`${control} ${className}`}
      {...props}
    />
  );
}

export function Select({ id, hasHint, error, className = "", children, ...props }: ComponentProps<"select"> & ControlExtras & { id: string }) {
  return (
    <select
      id={id}
      name={props.name ?? id}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hasHint, error)}
      className={`${control} min-h-10 ${className}`}
      {...props}
    >
      {children}
    </select>
  );
}

export function Checkbox({ id, label, hint, ...props }: ComponentProps<"input"> & { id: string; label: string; hint?: string }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={props.name ?? id} type="checkbox" className="mt-1 h-4 w-4 accent-[var(--k-accent)]" aria-describedby={hint ? `${id}-hint` : undefined} {...props} />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-muted">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
