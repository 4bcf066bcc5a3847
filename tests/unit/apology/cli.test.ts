import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

function cli(args: string[], input: string) {
  const result = spawnSync(TSX, ["scripts/apology-analyze.ts", ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/apology-analyze.ts", { timeout: 120_000 }, () => {
  it("prints one JSON analysis with the score as its first key", () => {
    const { code, stdout } = cli(["--title", "Double charges", "--channel", "social"], "Mistakes were made and we regret any inconvenience\n");
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(Object.keys(analysis)[0]).toBe("score");
    expect(analysis.stats.charLimit).toBe(280);
    expect(analysis.findings.map((f: { rule: string }) => f.rule)).toEqual(["passive-evasion", "minimizing"]);
  });

  it("exits 2 with a message for an unknown flag", () => {
    const { code, stdout, stderr } = cli(["--tone", "warm"], "We are sorry.");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--tone/);
  });

  it("exits 2 with a message for an empty draft", () => {
    const { code, stderr } = cli([], "  \n");
    expect(code).toBe(2);
    expect(stderr).toMatch(/empty/);
  });
});
