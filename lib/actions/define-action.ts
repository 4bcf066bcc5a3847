import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Member } from "@/lib/auth/member";
import { AppError, ForbiddenError, UnauthenticatedError, ValidationError, RateLimitError } from "@/lib/errors";
import { recordAudit, memberActor, type AuditEntry } from "@/lib/audit/record";
import { logger } from "@/lib/logger";
import { echoValues } from "@/lib/actions/form-data";
import { wellFormedInput } from "@/lib/shared/well-formed";
import type { FormState } from "@/lib/actions/form-state";

export type ActionContext = { tx: Tx; member: Member };

export type ActionOutcome<R> = {
  data: R;
  // Exactly one audit event per successful change, written in the same transaction; null only
  // when the call changed nothing (e.g. saving an unchanged draft).
  audit: (Omit<AuditEntry, "action"> & { action?: string }) | null;
  message?: string;
  // Work after commit (cache revalidation, files, email); its failure does not undo the change.
  after?: () => Promise<void> | void;
};

export type ActionDef<S extends z.ZodType = z.ZodType, R = unknown> = {
  name: string;
  permission: Permission;
  input: S;
  run: (ctx: ActionContext, input: z.output<S>) => Promise<ActionOutcome<R>>;
};

// Every registered mutation, so the access-matrix test can prove each one is guarded.
export const actionRegistry = new Map<string, ActionDef>();

export function defineAction<S extends z.ZodType, R>(def: ActionDef<S, R>): ActionDef<S, R> {
  if (actionRegistry.has(def.name) && actionRegistry.get(def.name) !== (def as unknown as ActionDef)) {
    throw new Error(`Duplicate action name ${def.name}`);
  }
  actionRegistry.set(def.name, def as unknown as ActionDef);
  return def;
}

function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

// Maps any thrown error to a form state. Expected errors keep their message; anything else is
// logged with its stack and shown as a plain sentence.
export function errorToState(error: unknown, raw: unknown, context: Record<string, unknown>): FormState<never> {
  const values = echoValues(raw);
  if (error instanceof ValidationError) {
    return { ok: false, status: 422, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  if (error instanceof RateLimitError) {
    return { ok: false, status: 429, message: error.message, values };
  }
  if (error instanceof AppError) {
    return { ok: false, status: error.status, message: error.message, values };
  }
  logger.error({ err: error, ...context }, "unexpected error in action");
  return { ok: false, status: 500, message: "Something went wrong on our side. Nothing was saved; please try again.", values };
}

// session → permission → organization scope → zod parse → domain function → audit → form state.
export async function executeAction<S extends z.ZodType, R>(
  def: ActionDef<S, R>,
  member: Member | null,
  raw: unknown,
): Promise<FormState<R>> {
  try {
    if (!member) throw new UnauthenticatedError();
    if (!can(member.role, def.permission)) throw new ForbiddenError();
    const parsed = def.input.safeParse(wellFormedInput(raw));
    if (!parsed.success) {
      throw new ValidationError("Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    }
    const outcome = await db.$transaction(
      async (tx) => {
        const result = await def.run({ tx, member }, parsed.data);
        if (result.audit) await recordAudit(tx, memberActor(member), { action: def.name, ...result.audit });
        return result;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    if (outcome.after) {
      try {
        await outcome.after();
      } catch (error) {
        logger.error({ err: error, action: def.name }, "after-commit work failed");
      }
    }
    return { ok: true, message: outcome.message ?? "Saved.", data: outcome.data };
  } catch (error) {
    return errorToState(error, raw, { action: def.name, userId: member?.userId });
  }
}

// Public mutations (first-run setup, accepting an invitation, the public forms) have no member:
// the same path without the session and permission steps; the domain function scopes itself.
export type PublicActionOutcome<R> = Omit<ActionOutcome<R>, "audit"> & {
  audit: Omit<AuditEntry, "action"> & { action?: string; organizationId: string | null; actorLabel: string; actorId?: string | null };
};

export type PublicActionDef<S extends z.ZodType = z.ZodType, R = unknown> = {
  name: string;
  input: S;
  run: (ctx: { tx: Tx }, input: z.output<S>) => Promise<PublicActionOutcome<R>>;
};

export const publicActionRegistry = new Map<string, PublicActionDef>();

export function definePublicAction<S extends z.ZodType, R>(def: PublicActionDef<S, R>): PublicActionDef<S, R> {
  publicActionRegistry.set(def.name, def as unknown as PublicActionDef);
  return def;
}

export async function executePublicAction<S extends z.ZodType, R>(
  def: PublicActionDef<S, R>,
  raw: unknown,
): Promise<FormState<R>> {
  try {
    const parsed = def.input.safeParse(wellFormedInput(raw));
    if (!parsed.success) {
      throw new ValidationError("Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    }
    const outcome = await db.$transaction(
      async (tx) => {
        const result = await def.run({ tx }, parsed.data);
        const { organizationId, actorLabel, actorId, ...entry } = result.audit;
        await recordAudit(tx, { userId: actorId ?? null, label: actorLabel, organizationId }, { action: def.name, ...entry });
        return result;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    if (outcome.after) {
      try {
        await outcome.after();
      } catch (error) {
        logger.error({ err: error, action: def.name }, "after-commit work failed");
      }
    }
    return { ok: true, message: outcome.message ?? "Saved.", data: outcome.data };
  } catch (error) {
    return errorToState(error, raw, { action: def.name });
  }
}
