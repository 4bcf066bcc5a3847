"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { executePublicAction } from "@/lib/actions/define-action";
import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { inviteMember, revokeInvitation, acceptInvitation } from "@/lib/members/invitations";
import { changeMemberRole, removeMember, signOutEverywhere, switchOrganization } from "@/lib/members/mutations";
import { completeSetup } from "@/lib/setup/first-run";

export async function inviteMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(inviteMember, formData);
  if (state.ok) revalidatePath("/settings/members");
  return state;
}

export async function revokeInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(revokeInvitation, formData);
  if (state.ok) revalidatePath("/settings/members");
  return state;
}

export async function changeMemberRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(changeMemberRole, formData);
  if (state.ok) revalidatePath("/settings/members");
  return state;
}

export async function removeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(removeMember, formData);
  if (state.ok) revalidatePath("/settings/members");
  return state;
}

export async function switchOrganizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(switchOrganization, formData);
  if (state.ok) revalidatePath("/", "layout");
  return state;
}

export async function signOutEverywhereAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(signOutEverywhere, formData);
}

export async function acceptInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return executePublicAction(acceptInvitation, formDataToObject(formData));
}

export async function completeSetupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return executePublicAction(completeSetup, formDataToObject(formData));
}
