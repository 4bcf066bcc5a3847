import { describe, expect, it } from "vitest";
import { parseExportArgs, parseImportArgs } from "@/lib/feedback/import/cli-args";

const base = ["--org", "acme", "--campaign", "outage", "--file", "x.csv"];

describe("feedback:import arguments", () => {
  it("reads the required flags, a mapping with a constant channel, and a time zone", () => {
    expect(parseImportArgs([...base, "--map", "text=Message,channel=const:SOCIAL", "--tz", "Europe/Berlin"])).toEqual({
      ok: true,
      value: { org: "acme", campaign: "outage", file: "x.csv", mapping: { text: "Message", channel: { const: "SOCIAL" } }, timeZone: "Europe/Berlin" },
    });
  });

  it("guesses the columns without --map and reads dates as UTC without --tz", () => {
    expect(parseImportArgs(base)).toMatchObject({ ok: true, value: { mapping: null, timeZone: "UTC" } });
  });

  it.each([
    ["a missing flag", ["--org", "acme", "--campaign", "outage"], /Missing --file/],
    ["an unknown flag", [...base, "--force"], /Unknown option '--force'/],
    ["a stray argument", [...base, "extra"], /positional/i],
    ["a bad mapping", [...base, "--map", "txt=Message"], /--map: Unknown field "txt"/],
    ["an unknown channel", [...base, "--map", "text=M,channel=const:PIGEONS"], /Unknown channel/],
    ["an unknown time zone", [...base, "--tz", "Europe/Atlantis"], /--tz: unknown time zone/],
    ["an empty value", ["--org", " ", "--campaign", "outage", "--file", "x.csv"], /Missing --org/],
  ])("refuses %s", (_label, argv, reason) => {
    const r = parseImportArgs(argv);
    expect(r.ok).toBe(false);
    if (r.ok === false) expect(r.reason).toMatch(reason);
  });

  it("answers --help", () => {
    expect(parseImportArgs(["--help"])).toEqual({ ok: "help" });
  });
});

describe("feedback:export arguments", () => {
  it("reads the organization, the campaign and --bom", () => {
    expect(parseExportArgs(["--org", "acme", "--campaign", "outage", "--bom"])).toEqual({ ok: true, value: { org: "acme", campaign: "outage", bom: true } });
    expect(parseExportArgs(["--org", "acme", "--campaign", "outage"])).toMatchObject({ ok: true, value: { bom: false } });
  });

  it("refuses missing and unknown flags", () => {
    expect(parseExportArgs(["--org", "acme"])).toMatchObject({ ok: false, reason: expect.stringMatching(/--campaign/) });
    expect(parseExportArgs(["--org", "acme", "--campaign", "x", "--file", "y"])).toMatchObject({ ok: false });
  });
});
