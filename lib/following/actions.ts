"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/actions/form-data";
import { executePublicAction } from "@/lib/actions/define-action";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { SLUG_PATTERN } from "@/lib/shared/slug";
import { confirmFollowing } from "@/lib/following/confirm";
import { outcomeOfFollow } from "@/lib/following/outcomes";
import { confirmPath, followOutcomePath } from "@/lib/following/paths";
import { followCampaignFrom } from "@/lib/following/subscribe";

// Plain form actions without client state: each answers with a page to go to, so the forms work
// without JavaScript and the public page ships no code for them.

export async function followCampaignAction(formData: FormData): Promise<void> {
  const raw = formDataToObject(formData);
  const state = await followCampaignFrom(raw, clientAddressFrom(await headers()));
  const org = String(raw.orgSlug ?? "").trim().toLowerCase();
  const campaign = String(raw.campaignSlug ?? "").trim().toLowerCase();
  // The slugs only choose where to go next; anything that is not a slug goes home.
  if (!SLUG_PATTERN.test(org) || !SLUG_PATTERN.test(campaign)) redirect("/");
  redirect(followOutcomePath(org, campaign, outcomeOfFollow(state)));
}

export async function confirmFollowingAction(formData: FormData): Promise<void> {
  const raw = formDataToObject(formData);
  const state = await executePublicAction(confirmFollowing, raw);
  if (state.ok && state.data) redirect(followOutcomePath(state.data.orgSlug, state.data.campaignSlug, "confirmed"));
  // Used, replaced or expired in the meantime: the link's own page now says which.
  const token = typeof raw.token === "string" ? raw.token : "";
  redirect(/^[A-Za-z0-9_-]{20,200}$/.test(token) ? confirmPath(token) : "/");
}
