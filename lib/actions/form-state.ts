// What every mutation returns to its form (useActionState) or caller. Pure: shared by client and server.
export type FormState<T = unknown> = {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string[]>;
  // The text the person submitted, echoed back on failure so nothing they typed is lost.
  values?: Record<string, string>;
  // Set on a refusal: 401, 403, 404, 409, 422, 429 or 500. Route handlers map it to HTTP.
  status?: number;
  data?: T;
};

export const initialFormState: FormState = { ok: false, message: "" };

export function fieldError(state: FormState, field: string): string | undefined {
  return state.fieldErrors?.[field]?.[0];
}
