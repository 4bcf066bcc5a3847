import "server-only";
import { executePublicAction } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/actions/form-state";
import { followOutcomePath, INVALID_LINK_PATH, UNSUBSCRIBED_PATH } from "@/lib/following/paths";
import { unsubscribeFollower } from "@/lib/following/unsubscribe";

type Unsubscribed = FormState<{ orgSlug: string; campaignSlug: string; publicPage: boolean }>;

export const unsubscribeWithLink = (token: string): Promise<Unsubscribed> => executePublicAction(unsubscribeFollower, { token });

// Where the browser goes after the link: the campaign's page of outcomes while the page is public.
export function pageAfterUnsubscribe(state: Unsubscribed): string | null {
  if (state.ok && state.data) {
    const { orgSlug, campaignSlug, publicPage } = state.data;
    return publicPage ? followOutcomePath(orgSlug, campaignSlug, "unsubscribed") : UNSUBSCRIBED_PATH;
  }
  return state.status === 404 || state.status === 422 ? INVALID_LINK_PATH : null;
}
