"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import {
  createStory, featureFeedback, publishStory, recordConsent, requestConsent, unpublishStory, updateStory, withdrawStory,
} from "@/lib/stories/mutations";
import { createRequestLink, revokeRequestLink } from "@/lib/stories/link-mutations";
import { updateFramingOrigins } from "@/lib/stories/embedding";

const refresh = (state: FormState) => {
  if (state.ok) {
    revalidatePath("/campaigns/[slug]/stories", "page");
    revalidatePath("/campaigns/[slug]", "page");
  }
  return state;
};

export async function createStoryAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(createStory, formData));
}

export async function featureFeedbackAction(_prev: FormState, formData: FormData) {
  const state = await runAction(featureFeedback, formData);
  if (state.ok) revalidatePath("/campaigns/[slug]/listen/[itemId]", "page");
  return refresh(state);
}

export async function updateStoryAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(updateStory, formData));
}

export async function publishStoryAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(publishStory, formData));
}

export async function unpublishStoryAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(unpublishStory, formData));
}

export async function requestConsentAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(requestConsent, formData));
}

export async function recordConsentAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(recordConsent, formData));
}

export async function withdrawStoryAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(withdrawStory, formData));
}

export async function createRequestLinkAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(createRequestLink, formData));
}

export async function revokeRequestLinkAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(revokeRequestLink, formData));
}

export async function updateFramingOriginsAction(_prev: FormState, formData: FormData) {
  const state = await runAction(updateFramingOrigins, formData);
  if (state.ok) revalidatePath("/settings/embedding");
  return state;
}
