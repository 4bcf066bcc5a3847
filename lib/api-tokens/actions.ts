"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";

export async function createApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(createApiToken, formData);
  if (state.ok) revalidatePath("/settings/api-tokens");
  return state;
}

export async function revokeApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(revokeApiToken, formData);
  if (state.ok) revalidatePath("/settings/api-tokens");
  return state;
}
