// The pages the HTTP, weight and Lighthouse measurements read, for the dataset's main campaign.
import type { Manifest } from "./dataset";
import { mainCampaign } from "./member";

// as: whose session the request carries (the inbox is the comms team's page, the dashboard the
// executives'), or null for a public page.
export type Route = { name: string; path: string; as: "COMMS" | "EXEC" | null };

export function routes(m: Manifest): Record<"bare" | "public" | "inbox" | "inboxSearch" | "dashboard", Route> {
  const c = mainCampaign(m);
  return {
    bare: { name: "bare static page", path: "/bench-baseline", as: null },
    public: { name: "public page", path: `/p/${m.organization.slug}/${c.slug}`, as: null },
    inbox: { name: "inbox page", path: `/campaigns/${c.slug}/listen`, as: "COMMS" },
    inboxSearch: { name: "inbox page (channel + search)", path: `/campaigns/${c.slug}/listen?channel=SOCIAL&q=refund`, as: "COMMS" },
    dashboard: { name: "dashboard page", path: `/campaigns/${c.slug}/dashboard`, as: "EXEC" },
  };
}

export type Cookies = Record<"COMMS" | "EXEC", string>;
export const headersFor = (route: Route, cookies: Cookies): Record<string, string> => (route.as ? { cookie: cookies[route.as] } : {});
