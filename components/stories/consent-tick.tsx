// The consent statement, exactly as stored, with the box the customer ticks.
export function ConsentTick({ id, wording, error, defaultChecked }: { id: string; wording: string; error?: string; defaultChecked?: boolean }) {
  return (
    <div className="flex flex-col gap-1 rounded-md border border-border bg-surface p-3">
      <div className="flex items-start gap-3">
        <input
          id={id}
          name="consent"
          type="checkbox"
          className="mt-1 h-5 w-5 shrink-0 accent-[var(--k-accent)]"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          defaultChecked={defaultChecked}
        />
        <label htmlFor={id} className="whitespace-pre-wrap text-sm">{wording}</label>
      </div>
      {error ? <p id={`${id}-error`} className="text-sm text-danger">{error}</p> : null}
    </div>
  );
}
