"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import { createCommitment, postCommitmentUpdate, updateCommitment } from "@/lib/commitments/mutations";
import { markLoopTaskTold } from "@/lib/commitments/loop-mutations";
import { addEvidence, retractEvidence } from "@/lib/evidence/mutations";

const refresh = <T extends FormState>(state: T) => {
  if (state.ok) {
    revalidatePath("/campaigns/[slug]/promises", "layout");
    revalidatePath("/campaigns/[slug]/learn", "layout");
    revalidatePath("/campaigns/[slug]", "page");
    revalidatePath("/my-commitments", "layout");
  }
  return state;
};

export async function createCommitmentAction(_prev: FormState, formData: FormData) {
  const state = refresh(await runAction(createCommitment, formData));
  if (state.ok && state.data) redirect(`/campaigns/${state.data.slug}/promises/${state.data.commitmentId}`);
  return state;
}

export async function updateCommitmentAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(updateCommitment, formData));
}

export async function postUpdateAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(postCommitmentUpdate, formData));
}

export async function addEvidenceAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(addEvidence, formData));
}

export async function retractEvidenceAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(retractEvidence, formData));
}

export async function markToldAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(markLoopTaskTold, formData));
}
