// Every action's access-matrix case, one file per area. A new area adds its file here.
import { API_CASES } from "@/tests/support/access-cases/api";
import { CORE_CASES } from "@/tests/support/access-cases/core";
import { FEEDBACK_CASES } from "@/tests/support/access-cases/feedback";
import { LEARN_CASES } from "@/tests/support/access-cases/learn";
import { PROMISE_CASES } from "@/tests/support/access-cases/promises";
import { STORY_CASES } from "@/tests/support/access-cases/stories";
import { FEEDBACK_IMPORT_CASES } from "@/tests/support/access-cases/feedback-import";
import type { Case } from "@/tests/support/access-cases/types";

export type { Case, Fixture } from "@/tests/support/access-cases/types";

export const ACCESS_CASES: Record<string, Case> = {
  ...CORE_CASES,
  ...API_CASES,
  ...FEEDBACK_CASES,
  ...LEARN_CASES,
  ...PROMISE_CASES,
  ...STORY_CASES,
  ...FEEDBACK_IMPORT_CASES,
};

// Public mutations have no role; each names the guard its own tests prove.
export const PUBLIC_GUARDS: Record<string, string> = {
  "setup.complete": "closed once any organization exists (members.test.ts)",
  "member.acceptInvitation": "single-use, expiring, revocable token (members.test.ts)",
  "feedback.submitPublic": "only campaigns with a public page; honeypot; rate limit per client address (public-feedback.test.ts)",
  "story.submitPublic": "hashed story-request token: revocable, optionally expiring and single-use; honeypot; rate limit per client address (stories-public.test.ts)",
  "story.decideConsent": "hashed personal single-use, expiring token scoped to one story (stories-public.test.ts)",
  "story.withdrawPublic": "hashed withdrawal token scoped to one story (stories-public.test.ts)",
  "follower.subscribe": "only campaigns with a public page, only with SMTP configured; honeypot; rate limits per client address and per email address; the same answer whether or not the address follows (following.test.ts)",
  "follower.confirm": "hashed single-use, expiring confirmation token, replaced by each new confirmation message (following.test.ts)",
  "follower.unsubscribe": "hashed per-message token scoped to one follower of one campaign (following.test.ts)",
};
