// The consent lifecycle of a customer story. Pure.
// NOT_REQUESTED → REQUESTED → GRANTED | DENIED, and WITHDRAWN from any state, at any time.
// A customer who declined or withdrew is not asked again: a new request is refused.

export type ConsentStatusValue = "NOT_REQUESTED" | "REQUESTED" | "GRANTED" | "DENIED" | "WITHDRAWN";
export type ConsentEvent = "request" | "grant" | "deny" | "withdraw";

const TRANSITIONS: Record<ConsentEvent, Partial<Record<ConsentStatusValue, ConsentStatusValue>>> = {
  // Asking again while a request is open replaces the link; it does not change the state.
  request: { NOT_REQUESTED: "REQUESTED", REQUESTED: "REQUESTED" },
  grant: { REQUESTED: "GRANTED" },
  deny: { REQUESTED: "DENIED" },
  withdraw: { NOT_REQUESTED: "WITHDRAWN", REQUESTED: "WITHDRAWN", GRANTED: "WITHDRAWN", DENIED: "WITHDRAWN" },
};

export function nextConsentStatus(status: ConsentStatusValue, event: ConsentEvent): ConsentStatusValue | null {
  return TRANSITIONS[event][status] ?? null;
}

// Only a story whose author said yes, and has not taken it back, may be shown to the public.
export function canPublish(status: ConsentStatusValue): boolean {
  return status === "GRANTED";
}

export const CONSENT_LABELS: Record<ConsentStatusValue, string> = {
  NOT_REQUESTED: "Consent not asked",
  REQUESTED: "Consent requested",
  GRANTED: "Consent granted",
  DENIED: "Consent declined",
  WITHDRAWN: "Consent withdrawn",
};

const REFUSALS: Record<ConsentEvent, Partial<Record<ConsentStatusValue, string>>> = {
  request: {
    GRANTED: "This customer already agreed; there is nothing to ask.",
    DENIED: "This customer declined. Their answer stands: they are not asked again.",
    WITHDRAWN: "This customer withdrew their consent. Their answer stands: they are not asked again.",
  },
  grant: {
    NOT_REQUESTED: "Ask for consent first.",
    GRANTED: "Consent was already granted.",
    DENIED: "This customer declined; their answer stands.",
    WITHDRAWN: "This customer withdrew their consent; their answer stands.",
  },
  deny: {
    NOT_REQUESTED: "Ask for consent first.",
    GRANTED: "Consent was granted; if the customer changed their mind, record a withdrawal.",
    DENIED: "This customer already declined.",
    WITHDRAWN: "This customer already withdrew their consent.",
  },
  withdraw: { WITHDRAWN: "Consent was already withdrawn." },
};

export function consentRefusal(status: ConsentStatusValue, event: ConsentEvent): string {
  return REFUSALS[event][status] ?? "That change of consent is not possible.";
}
