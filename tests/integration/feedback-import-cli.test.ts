// The command-line import and export, run as the npm scripts run them (tsx, react-server condition),
// in their own process against this worker's database.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createCampaign, createMember, createOrganization, uid } from "@/tests/factories";

const run = promisify(execFile);
// The scripts quiet the logger themselves unless LOG_LEVEL is set.
const { LOG_LEVEL: _logLevel, ...inherited } = process.env;
const dir = path.resolve("tmp/test-cli");
mkdirSync(dir, { recursive: true });

async function cli(script: "feedback-import" | "feedback-export", args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
      env: { ...inherited, DATABASE_URL: env.DATABASE_URL, STORAGE_DIR: path.join(dir, "files"), NODE_ENV: "production" },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function csvFile(content: string) {
  const file = path.join(dir, `${uid("import-")}.csv`);
  writeFileSync(file, content);
  return file;
}

async function setup() {
  const org = await createOrganization();
  const admin = await createMember("ADMIN", org);
  const campaign = await createCampaign(admin);
  return { org, admin, campaign };
}

const CSV = [
  "Message;Date;User;id",
  "Charged twice and nobody answers;2026-03-03 10:00;Tom;a-1",
  "=HYPERLINK(\"http://evil.example\");2026-03-03 11:00;Eve;a-2",
  ";2026-03-03 12:00;Nobody;a-3",
  "Charged twice and nobody answers;2026-03-03 10:00;Tom;a-1",
].join("\n");

// Each case starts Node processes (several at once in the last): generous time on a busy machine.
describe("feedback:import and feedback:export", { timeout: 120_000 }, () => {
  it("imports with the same runner, prints one JSON line, audits as cli, and is idempotent", async () => {
    const { org, campaign } = await setup();
    const file = csvFile(CSV);
    const args = ["--org", org.slug, "--campaign", campaign.slug, "--file", file, "--map", "text=Message,receivedAt=Date,author=User,externalId=id,channel=const:SURVEY", "--tz", "Europe/Berlin"];
    const first = await cli("feedback-import", args);
    expect(first, first.stderr).toMatchObject({ code: 0 });
    expect(first.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(first.stdout)).toEqual({ created: 2, duplicates: 1, rejected: 1, ms: expect.any(Number) });
    const second = await cli("feedback-import", args);
    expect(JSON.parse(second.stdout)).toMatchObject({ created: 0, duplicates: 3, rejected: 1 });

    const items = await db.feedbackItem.findMany({ where: { campaignId: campaign.id }, orderBy: { externalId: "asc" } });
    expect(items.map((i) => [i.externalId, i.channel, i.receivedAt.toISOString()])).toEqual([
      ["a-1", "SURVEY", "2026-03-03T09:00:00.000Z"],
      ["a-2", "SURVEY", "2026-03-03T10:00:00.000Z"],
    ]);
    const jobs = await db.importJob.findMany({ where: { organizationId: org.id }, orderBy: { createdAt: "asc" } });
    expect(jobs.map((j) => [j.status, j.createdCount, j.rejectedCount, j.filePath])).toEqual([["COMPLETED", 2, 1, null], ["COMPLETED", 0, 1, null]]);
    expect(jobs.every((j) => typeof j.durationMs === "number")).toBe(true);
    const audits = await db.auditEvent.findMany({ where: { organizationId: org.id, action: "feedback.import.run" } });
    expect(audits.map((a) => [a.actorLabel, a.actorId])).toEqual([["cli", null], ["cli", null]]);

    const out = await cli("feedback-export", ["--org", org.slug, "--campaign", campaign.slug]);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split("\r\n");
    expect(lines[0]).toBe("external_id,channel,received_at,sentiment_label,sentiment_score,status,themes,first_response_minutes,text");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^a-1,SURVEY,2026-03-03T09:00:00.000Z,\w+,-?[\d.]+,NEW,,,Charged twice and nobody answers$/);
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil.example"")"`);
  });

  it("guesses the columns without --map", async () => {
    const { org, campaign } = await setup();
    const result = await cli("feedback-import", ["--org", org.slug, "--campaign", campaign.slug, "--file", csvFile(CSV)]);
    expect(JSON.parse(result.stdout)).toMatchObject({ created: 2, duplicates: 1, rejected: 1 });
  });

  it("exits 2 with a message for bad arguments and 1 for an unknown organization or campaign", async () => {
    const { org, campaign } = await setup();
    const file = csvFile(CSV);
    const cases: [string[], number, RegExp][] = [
      [["--org", org.slug, "--campaign", campaign.slug], 2, /Missing --file/],
      [["--org", org.slug, "--campaign", campaign.slug, "--file", file, "--map", "words=Message"], 2, /Unknown field "words"/],
      [["--org", org.slug, "--campaign", campaign.slug, "--file", file, "--map", "text=Body"], 2, /no column named "Body"/],
      [["--org", org.slug, "--campaign", campaign.slug, "--file", path.join(dir, "nope.csv")], 2, /no such file/],
      [["--org", org.slug, "--campaign", campaign.slug, "--file", file, "--tz", "Moon/Base"], 2, /unknown time zone/],
      [["--org", "no-such-org", "--campaign", campaign.slug, "--file", file], 1, /no organization with the short name "no-such-org"/],
      [["--org", org.slug, "--campaign", "no-such-campaign", "--file", file], 1, /has no campaign with the short name "no-such-campaign"/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli("feedback-import", args)));
    cases.forEach(([args, code, message], i) => {
      expect({ code: results[i].code, stdout: results[i].stdout }, args.join(" ")).toEqual({ code, stdout: "" });
      expect(results[i].stderr).toMatch(message);
    });
    const exp = await cli("feedback-export", ["--org", "no-such-org", "--campaign", "x"]);
    expect(exp).toMatchObject({ code: 1, stdout: "" });
    expect((await cli("feedback-export", ["--campaign", "x"])).code).toBe(2);
    expect(await db.importJob.count({ where: { organizationId: org.id } })).toBe(0);
  });
});
