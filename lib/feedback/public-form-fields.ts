// Limits of the public feedback form, shared by the form (hints, the browser's own checks) and its
// schema (truth). Kept apart from the schema: the form's module has no need of zod.
export const PUBLIC_TEXT_MIN = 10;
export const PUBLIC_TEXT_MAX = 5000;
// The field bots fill and people never see.
export const HONEYPOT_FIELD = "website";
