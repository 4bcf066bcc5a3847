"use server";
import { headers } from "next/headers";
import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { submitPublicFeedbackFrom } from "@/lib/feedback/public-form";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";

export async function submitPublicFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitPublicFeedbackFrom(formDataToObject(formData), clientAddressFrom(await headers()));
}
