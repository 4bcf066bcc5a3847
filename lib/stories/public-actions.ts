"use server";
import { headers } from "next/headers";
import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { decideConsentFrom, submitStoryFrom, withdrawConsentFrom } from "@/lib/stories/public-mutations";

export async function submitStoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitStoryFrom(formDataToObject(formData), clientAddressFrom(await headers()));
}

export async function decideConsentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return decideConsentFrom(formDataToObject(formData), clientAddressFrom(await headers()));
}

export async function withdrawConsentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withdrawConsentFrom(formDataToObject(formData), clientAddressFrom(await headers()));
}
