"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import { bulkUpdateFeedback, createSavedReply, deleteSavedReply, overrideSentiment, replyToFeedback, updateFeedback } from "@/lib/feedback/mutations";

const refresh = (state: FormState) => {
  if (state.ok) revalidatePath("/campaigns/[slug]/listen", "layout");
  return state;
};

export async function replyAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(replyToFeedback, formData));
}

export async function updateFeedbackAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(updateFeedback, formData));
}

// For keyboard shortcuts in the inbox (plain values, not a form).
export async function quickUpdateFeedbackAction(input: { itemId: string; version: number; status?: string }) {
  return refresh(await runAction(updateFeedback, input));
}

export async function overrideSentimentAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(overrideSentiment, formData));
}

export async function bulkUpdateAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(bulkUpdateFeedback, formData));
}

export async function createSavedReplyAction(_prev: FormState, formData: FormData) {
  const state = await runAction(createSavedReply, formData);
  if (state.ok) revalidatePath("/settings/saved-replies");
  return state;
}

export async function deleteSavedReplyAction(_prev: FormState, formData: FormData) {
  const state = await runAction(deleteSavedReply, formData);
  if (state.ok) revalidatePath("/settings/saved-replies");
  return state;
}
