import type { FormState } from "@/lib/actions/form-state";

// Announced to screen readers as it changes; empty until a submission returns.
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status" className="min-h-0">
      {state.message ? (
        <p
          className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-ok-bg text-ok" : "bg-danger-bg text-danger"}`}
          data-testid="form-message"
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
