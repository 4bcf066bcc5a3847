// Hostile input, as properties, for every registered action (the registry the access matrix uses),
// through the real action wrapper:
//
// 1. Parse level, 1,000 runs per action: anything at all, objects of random fields, and mutations of
//    a valid input (wrong types, huge strings, lone surrogates, bidi marks, zero-width joiners,
//    NUL, __proto__/constructor keys). The wrapper always answers with a form state: refused by the
//    schema (422, a message, text fields echoed as strings), or the input reaches the domain
//    function — which here is a probe that records what it was given and stops — never a 500, and
//    no prototype is ever polluted.
// 2. Real domain, a smaller run per action: mutations of a valid input against the real database.
//    Never a 500; a refusal writes nothing (row counts and versions unchanged); a success writes at
//    most one audit event, and exactly one if it changed anything.
//
// The seed is printed (seed=…); FC_SEED=<seed> replays a run.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { db } from "@/lib/db";
import { actionRegistry, publicActionRegistry } from "@/lib/actions/registry";
import { executeAction, executePublicAction, type ActionDef, type PublicActionDef } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/actions/form-state";
import { AppError } from "@/lib/errors";
import { createCampaign, createMember, createOrganization } from "@/tests/factories";
import { ACCESS_CASES, type Fixture } from "@/tests/support/access-cases";
import { PUBLIC_INPUTS } from "@/tests/support/access-cases/public-inputs";
import { hostileInputFor, mutationsOf, propertySeed, prototypeIsClean } from "@/tests/support/hostile";
import { rowCounts } from "@/tests/support/row-counts";

const SEED = propertySeed();
const PARSE_RUNS = 1_000;
const DOMAIN_RUNS = 25;
// Statuses a refusal may carry; 500 means an unexpected error reached the wrapper.
const REFUSALS = [401, 403, 404, 409, 422, 429];

beforeAll(() => console.log(`hostile-input properties: seed=${SEED} (replay: FC_SEED=${SEED})`));

// Stands in for the domain function in the parse-level property: reached only with parsed input.
class DomainReached extends AppError {
  override readonly status = 299;
}

async function fixture(): Promise<Fixture> {
  const org = await createOrganization();
  const admin = await createMember("ADMIN", org);
  const campaign = await createCampaign(admin);
  return { organizationId: org.id, admin, campaign };
}

// Checked thousands of times, so plain conditions rather than expect(): a broken rule throws with
// its reason, and fast-check reports the input that broke it (and shrinks it).
function check(ok: boolean, reason: string) {
  if (!ok) throw new Error(reason);
}

function checkFormState(state: FormState) {
  check(typeof state.ok === "boolean" && typeof state.message === "string" && state.message.length > 0, `not a form state: ${JSON.stringify(state)}`);
  for (const [key, value] of Object.entries(state.values ?? {})) {
    check(typeof value === "string" && value.length <= 100_000, `echoed ${key} is not a string of at most 100,000 characters`);
    check(!/password|token/i.test(key), `echoed a secret field: ${key}`);
  }
  check(prototypeIsClean(), "Object.prototype was polluted");
}

// The parsed input handed to the domain: a plain object whose prototype nobody swapped.
function checkPlainParsed(parsed: unknown) {
  check(typeof parsed === "object" && parsed !== null, "the domain was handed something other than an object");
  const proto = Object.getPrototypeOf(parsed);
  check(proto === Object.prototype || proto === null, "the parsed input has a foreign prototype");
  check((parsed as Record<string, unknown>).polluted === undefined, "the parsed input inherits a polluted field");
}

type Entry = { name: string; valid: (f: Fixture) => Promise<Record<string, unknown>>; call: (raw: unknown, probe: boolean) => Promise<FormState>; reached: () => unknown };

function entries(f: () => Fixture): Entry[] {
  const list: Entry[] = [];
  for (const [name, def] of actionRegistry) {
    let reached: unknown = undefined;
    const probe: ActionDef = { ...def, run: async (_ctx, input) => { reached = input; throw new DomainReached("reached"); } };
    list.push({
      name,
      valid: (fx) => ACCESS_CASES[name].input(fx, fx.admin),
      call: (raw, useProbe) => { reached = undefined; return executeAction(useProbe ? probe : def, f().admin, raw); },
      reached: () => reached,
    });
  }
  for (const [name, def] of publicActionRegistry) {
    let reached: unknown = undefined;
    const probe: PublicActionDef = { ...def, run: async (_ctx, input) => { reached = input; throw new DomainReached("reached"); } };
    list.push({
      name,
      valid: PUBLIC_INPUTS[name],
      call: (raw, useProbe) => { reached = undefined; return executePublicAction(useProbe ? probe : def, raw); },
      reached: () => reached,
    });
  }
  return list;
}

let f: Fixture;
const ENTRIES = entries(() => f);

describe("hostile input through the action wrapper", () => {
  afterAll(() => expect(prototypeIsClean()).toBe(true));

  it("has a valid input for every registered action", () => {
    expect(ENTRIES.map((e) => e.name).sort()).toEqual([...actionRegistry.keys(), ...publicActionRegistry.keys()].sort());
    expect(ENTRIES.every((e) => typeof e.valid === "function")).toBe(true);
  });

  for (const entry of ENTRIES) {
    it(`${entry.name}: ${PARSE_RUNS} hostile inputs → a form state, the domain reached only with parsed input`, async () => {
      f = await fixture();
      const valid = await entry.valid(f);
      // The valid input itself parses (otherwise the mutations prove little).
      const control = await entry.call(valid, true);
      expect(control, control.message).toMatchObject({ ok: false, status: 299 });
      const before = await rowCounts(f.organizationId);
      let reachedCount = 0;
      // The probe needs no database: the wrapper's transaction is handed an empty stand-in, so a
      // thousand runs cost parse time only.
      const transaction = vi.spyOn(db, "$transaction").mockImplementation((async (fn: (tx: unknown) => unknown) => fn({})) as never);
      onTestFinished(() => transaction.mockRestore());
      await fc.assert(
        fc.asyncProperty(hostileInputFor(valid), async (raw) => {
          const state = await entry.call(raw, true);
          checkFormState(state);
          if (state.status === 299) {
            reachedCount++;
            checkPlainParsed(entry.reached());
          } else {
            check(!state.ok && state.status === 422, `expected a 422 refusal, got ${state.status}: ${state.message}`);
            check(entry.reached() === undefined, "the domain function ran for input the schema refused");
            check(!/prisma|sql|stack|at .*\.ts/i.test(state.message), `internal detail in the message: ${state.message}`);
          }
        }),
        { numRuns: PARSE_RUNS, seed: SEED },
      );
      transaction.mockRestore();
      expect(await rowCounts(f.organizationId)).toBe(before);
      // Some mutations keep the input valid, so the probe path was exercised too.
      expect(reachedCount).toBeGreaterThan(0);
    });
  }

  for (const entry of ENTRIES) {
    it(`${entry.name}: ${DOMAIN_RUNS} mutated valid inputs against the database → no 500, a refusal writes nothing`, async () => {
      const fx = await fixture();
      const valid = await entry.valid(fx);
      const local: Entry = { ...entry, call: (raw) => (publicActionRegistry.has(entry.name) ? entry.call(raw, false) : executeAction(actionRegistry.get(entry.name)!, fx.admin, raw)) };
      await fc.assert(
        fc.asyncProperty(mutationsOf(valid), async (raw) => {
          const before = await rowCounts(fx.organizationId);
          const audits = await db.auditEvent.count({ where: { organizationId: fx.organizationId } });
          const state = await local.call(raw, false);
          checkFormState(state);
          if (state.ok) {
            const delta = (await db.auditEvent.count({ where: { organizationId: fx.organizationId } })) - audits;
            check(delta === 0 || delta === 1, `a success wrote ${delta} audit events`);
            if (delta === 0) check((await rowCounts(fx.organizationId)) === before, "a success without an audit event changed data");
          } else {
            check(REFUSALS.includes(state.status ?? 0), `refused with ${state.status}: ${state.message}`);
            check((await rowCounts(fx.organizationId)) === before, `a refusal (${state.status}: ${state.message}) wrote data`);
          }
        }),
        { numRuns: DOMAIN_RUNS, seed: SEED },
      );
    });
  }
});
