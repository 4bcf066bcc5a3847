import "server-only";
import type { z } from "zod";
import { currentMember } from "@/lib/auth/session";
import { executeAction, type ActionDef } from "@/lib/actions/define-action";
import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";

// The one entry used by every 'use server' function: the session comes from the request here,
// never from the client.
export async function runAction<S extends z.ZodType, R>(
  def: ActionDef<S, R>,
  input: FormData | Record<string, unknown>,
): Promise<FormState<R>> {
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  return executeAction(def, await currentMember(), raw);
}
