"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import { cancelImport, saveImportMapping, startImport, uploadImport } from "@/lib/feedback/import/mutations";

const jobPath = (data: { slug: string; jobId: string }) => `/campaigns/${data.slug}/listen/import/${data.jobId}`;

export async function uploadImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(uploadImport, formData);
  if (state.ok && state.data) redirect(jobPath(state.data));
  return state;
}

export async function startImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(startImport, formData);
  if (state.ok && state.data) redirect(jobPath(state.data));
  return state;
}

export async function cancelImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(cancelImport, formData);
  if (state.ok && state.data) revalidatePath(jobPath(state.data));
  return state;
}

export async function saveImportMappingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(saveImportMapping, formData);
  if (state.ok) revalidatePath("/campaigns/[slug]/listen/import/[jobId]", "page");
  return state;
}
