"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import { changeCampaignStatus, createCampaign, updateCampaign } from "@/lib/campaigns/mutations";

export async function createCampaignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(createCampaign, formData);
  if (state.ok && state.data) redirect(`/campaigns/${state.data.slug}`);
  return state;
}

export async function updateCampaignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(updateCampaign, formData);
  if (state.ok && state.data) redirect(`/campaigns/${state.data.slug}`);
  return state;
}

export async function changeCampaignStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(changeCampaignStatus, formData);
  if (state.ok && state.data) revalidatePath(`/campaigns/${state.data.slug}`);
  return state;
}
