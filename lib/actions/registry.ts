import "server-only";
// Loads every module that defines mutations, so the registry is complete (the access-matrix test
// and the API docs read it). A new mutations module is added here; the test fails until it is.
import "@/lib/api-tokens/mutations";
import "@/lib/apology/mutations";
import "@/lib/campaigns/mutations";
import "@/lib/commitments/registry";
import "@/lib/feedback/mutations";
import "@/lib/feedback/import/mutations";
import "@/lib/feedback/public-form";
import "@/lib/following/confirm";
import "@/lib/following/subscribe";
import "@/lib/following/unsubscribe";
import "@/lib/members/invitations";
import "@/lib/members/mutations";
import "@/lib/notifications/mutations";
import "@/lib/setup/first-run";
import "@/lib/stories/registry";

export { actionRegistry, publicActionRegistry } from "@/lib/actions/define-action";
