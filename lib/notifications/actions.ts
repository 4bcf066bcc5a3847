"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import { markNotificationsRead } from "@/lib/notifications/mutations";

export async function markNotificationsReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(markNotificationsRead, formData);
  if (state.ok) revalidatePath("/", "layout");
  return state;
}
