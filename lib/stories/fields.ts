// Limits and wording of the story forms, shared by the forms (hints) and the schemas (truth).
// Kept apart from the schemas so client bundles do not carry zod.
export const QUOTE_MIN = 10;
export const QUOTE_MAX = 3000;
export const NAME_MAX = 120;
export const TITLE_MAX = 120;
export const CHANNEL_MAX = 60;
export const TAGS_MAX = 10;
export const TAG_MAX = 30;
export const WORDING_MIN = 40;
export const WORDING_MAX = 1000;
export const LINK_LABEL_MAX = 80;
export const LINK_MAX_DAYS = 365;
export const PERSONAL_LINK_DAYS = 30;
// The field bots fill and people never see.
export const STORY_HONEYPOT = "website";

// The statement a customer agrees to. The exact text shown is stored with their consent.
export function defaultConsentWording(organizationName: string): string {
  return (
    `I agree that ${organizationName} may publish these words, with the name and title I give, on its public pages ` +
    `and in story walls embedded on its websites. I can withdraw my consent at any time with the link I am given, ` +
    `and ${organizationName} will then remove my story at once.`
  );
}

export const CONSENT_METHOD_LABELS: Record<string, string> = {
  "request-link": "Story-request link",
  "personal-link": "Personal consent link",
  "withdrawal-link": "Customer's withdrawal link",
  team: "Recorded by the team",
};

// Consent records store their method as "<kind>" or "<kind>:<detail>".
export function consentMethodLabel(method: string): string {
  const [kind, ...rest] = method.split(":");
  const label = CONSENT_METHOD_LABELS[kind] ?? kind;
  return kind === "team" && rest.length ? `${label} (${rest.join(":")})` : label;
}
