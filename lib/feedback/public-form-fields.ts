// Limits of the public feedback form, shared by the form (hints) and its schema (truth). Kept apart
// from the schema so the form's client bundle does not carry zod.
export const PUBLIC_TEXT_MIN = 10;
export const PUBLIC_TEXT_MAX = 5000;
// The field bots fill and people never see.
export const HONEYPOT_FIELD = "website";
