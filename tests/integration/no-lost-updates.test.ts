// No lost updates: 20 editors save the same record at the same moment, 100 rounds in a row, through
// the action wrapper against the real database (SQLite here; `npm run test:pg -- <this file>` on
// PostgreSQL, where the saves really run in parallel on separate connections). In each round all 20
// start from the same version: exactly one save wins, the other 19 get a conflict that keeps their
// text, and at the end the record holds what someone saved — one version per round.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/actions/form-state";
import type { Member } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/permissions";
import { saveApologyDraft } from "@/lib/apology/mutations";
import { updateCommitment } from "@/lib/commitments/mutations";
import { createCampaign, createMember, createOrganization } from "@/tests/factories";
import { createApology } from "@/tests/factories/apology";
import { createCommitment } from "@/tests/factories/commitments";

const EDITORS = 20;
const ROUNDS = 100;

async function team(role: Role) {
  const org = await createOrganization();
  const editors: Member[] = [];
  for (let i = 0; i < EDITORS; i++) editors.push(await createMember(i === 0 ? "ADMIN" : role, org));
  const campaign = await createCampaign(editors[0]);
  return { org, editors, campaign };
}

// One round: everyone saves at once; returns the winner's index after checking the losers.
function judgeRound(states: FormState[], round: number, textOf: (i: number) => string, field: string): number {
  const winners = states.flatMap((s, i) => (s.ok ? [i] : []));
  expect(winners, `round ${round}: ${JSON.stringify(states.filter((s) => !s.ok && s.status !== 409).slice(0, 1))}`).toHaveLength(1);
  states.forEach((s, i) => {
    if (s.ok) return;
    expect(s, `round ${round}, editor ${i}`).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/changed|saved by someone else/) });
    // The conflict keeps what this editor typed, to show again.
    expect(s.values?.[field]).toBe(textOf(i));
  });
  return winners[0];
}

describe(`no lost updates: ${EDITORS} editors × ${ROUNDS} rounds`, () => {
  it("apology draft: one new version per round, each holding exactly the winner's text", { timeout: 300_000 }, async () => {
    const started = performance.now();
    const { editors, campaign } = await team("COMMS");
    const apology = await createApology(campaign, editors[0].userId, { channel: "statement" });
    const saved: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const bodyOf = (i: number) => `We are sorry. Draft by editor ${i} in round ${round}: we charged you twice and we refunded every charge.`;
      const states = await Promise.all(
        editors.map((editor, i) => executeAction(saveApologyDraft, editor, { apologyId: apology.id, baseNumber: String(round), body: bodyOf(i) })),
      );
      const winner = judgeRound(states, round, bodyOf, "body");
      expect(states[winner].data).toMatchObject({ number: round + 1, unchanged: false });
      saved.push(bodyOf(winner));
    }
    const versions = await db.apologyVersion.findMany({ where: { apologyId: apology.id }, orderBy: { number: "asc" }, select: { number: true, body: true } });
    expect(versions.map((v) => v.number)).toEqual(Array.from({ length: ROUNDS }, (_, i) => i + 1));
    expect(versions.map((v) => v.body)).toEqual(saved);
    const final = await db.apology.findUniqueOrThrow({ where: { id: apology.id } });
    const current = await db.apologyVersion.findUniqueOrThrow({ where: { id: final.currentVersionId! } });
    expect(current).toMatchObject({ number: ROUNDS, body: saved.at(-1) });
    expect(final.version).toBe(1 + ROUNDS);
    expect(await db.auditEvent.count({ where: { organizationId: campaign.organizationId, action: "apology.saveDraft" } })).toBe(ROUNDS);
    console.log(`apology draft: ${EDITORS}×${ROUNDS} saves in ${Math.round(performance.now() - started)} ms`);
  });

  it("commitment: one saved edit per round, the record holds the last winner's text", { timeout: 300_000 }, async () => {
    const started = performance.now();
    const { editors, campaign } = await team("MANAGER");
    const commitment = await createCommitment(campaign, { ownerId: editors[0].userId });
    const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const saved: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const titleOf = (i: number) => `Refund every duplicate charge (editor ${i}, round ${round})`;
      const states = await Promise.all(
        editors.map((editor, i) =>
          executeAction(updateCommitment, editor, {
            commitmentId: commitment.id,
            version: String(commitment.version + round),
            title: titleOf(i),
            description: `Wording proposed by editor ${i}.`,
            ownerId: editors[0].userId,
            dueDate,
            trustElement: "COMPETENCE",
          }),
        ),
      );
      const winner = judgeRound(states, round, titleOf, "title");
      saved.push(titleOf(winner));
      const row = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id }, select: { title: true, version: true, description: true } });
      expect(row).toEqual({ title: titleOf(winner), version: commitment.version + round + 1, description: `Wording proposed by editor ${winner}.` });
    }
    const final = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(final.version).toBe(commitment.version + ROUNDS);
    expect(final.title).toBe(saved.at(-1));
    const audits = await db.auditEvent.findMany({ where: { organizationId: campaign.organizationId, action: "commitment.update" }, orderBy: { createdAt: "asc" }, select: { after: true } });
    expect(audits).toHaveLength(ROUNDS);
    expect(audits.map((a) => (a.after as { title: string }).title).sort()).toEqual([...saved].sort());
    console.log(`commitment: ${EDITORS}×${ROUNDS} saves in ${Math.round(performance.now() - started)} ms`);
  });
});
