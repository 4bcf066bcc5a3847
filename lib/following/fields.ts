// Names and limits shared by the follow form and the server, kept apart from the schemas so the
// public page imports no zod for them.

// The field bots fill and people never see (the feedback form on the same page uses the same name).
export const FOLLOW_HONEYPOT = "website";

// How long a confirmation link works once the message is sent.
export const CONFIRM_LINK_HOURS = 48;
