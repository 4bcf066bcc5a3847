"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import {
  approveApology, createApologyVariant, publishApology, requestApologyChanges, restoreApologyVersion, saveApologyDraft, submitApology,
} from "@/lib/apology/mutations";

const refresh = (state: FormState) => {
  if (state.ok) revalidatePath("/campaigns/[slug]/apology", "page");
  return state;
};

export async function createVariantAction(_prev: FormState, formData: FormData) {
  const state = await runAction(createApologyVariant, formData);
  if (state.ok && state.data) redirect(`/campaigns/${state.data.slug}/apology?variant=${encodeURIComponent(state.data.channel)}`);
  return state;
}

// Called by the editor's autosave with plain values, not a form.
export async function saveDraftAction(input: { apologyId: string; baseNumber: number; body: string }) {
  return runAction(saveApologyDraft, input);
}

export async function restoreVersionAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(restoreApologyVersion, formData));
}

export async function submitApologyAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(submitApology, formData));
}

export async function approveApologyAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(approveApology, formData));
}

export async function requestChangesAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(requestApologyChanges, formData));
}

export async function publishApologyAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(publishApology, formData));
}
