// Where the following flow lives. Token links are not under the campaign's slug: a renamed
// campaign, or a page switched off, must not break the "stop following" link in an old message.
export const publicPagePath = (orgSlug: string, campaignSlug: string) => `/p/${orgSlug}/${campaignSlug}`;
// Where the page's two plain HTML forms post (route handlers), and the pages that answer them.
export const followPath = (orgSlug: string, campaignSlug: string) => `${publicPagePath(orgSlug, campaignSlug)}/follow`;
export const followOutcomePath = (orgSlug: string, campaignSlug: string, outcome: string) => `${followPath(orgSlug, campaignSlug)}/${outcome}`;
export const feedbackPath = (orgSlug: string, campaignSlug: string) => `${publicPagePath(orgSlug, campaignSlug)}/feedback`;
export const feedbackOutcomePath = (orgSlug: string, campaignSlug: string, outcome: string) => `${feedbackPath(orgSlug, campaignSlug)}/${outcome}`;
export const confirmPath = (token: string) => `/follow/confirm/${token}`;
export const unsubscribePath = (token: string) => `/follow/unsubscribe/${token}`;
// For token links that lead to no public page (unknown token, page switched off).
export const UNSUBSCRIBED_PATH = "/follow/unsubscribed";
export const INVALID_LINK_PATH = "/follow/invalid-link";
