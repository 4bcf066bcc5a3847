"use server";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/actions/form-data";
import { executePublicAction } from "@/lib/actions/define-action";
import { confirmFollowing } from "@/lib/following/confirm";
import { confirmPath, followOutcomePath } from "@/lib/following/paths";

// A plain form action without client state: it answers with a page to go to, so the form works
// without JavaScript. (The public page's own forms post to route handlers:
// app/p/[org]/[campaign]/follow/route.ts.)

export async function confirmFollowingAction(formData: FormData): Promise<void> {
  const raw = formDataToObject(formData);
  const state = await executePublicAction(confirmFollowing, raw);
  if (state.ok && state.data) redirect(followOutcomePath(state.data.orgSlug, state.data.campaignSlug, "confirmed"));
  // Used, replaced or expired in the meantime: the link's own page now says which.
  const token = typeof raw.token === "string" ? raw.token : "";
  redirect(/^[A-Za-z0-9_-]{20,200}$/.test(token) ? confirmPath(token) : "/");
}
