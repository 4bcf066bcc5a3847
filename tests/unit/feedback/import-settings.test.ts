import { describe, expect, it } from "vitest";
import { guessMapping } from "@/lib/feedback/csv-mapping";
import { guessToForm, MappingFormSchema, readSettings, settingsToForm, timeZoneChoices } from "@/lib/feedback/import/settings";
import { parseMappingArg } from "@/lib/feedback/csv-mapping";

const form = { text: "Message", author: "User", url: "", receivedAt: "Date", externalId: "", channel: "const:REVIEW", timeZone: "Europe/Berlin" };

describe("import settings", () => {
  it("turns the form into a mapping and back", () => {
    const settings = MappingFormSchema.parse(form);
    expect(settings).toEqual({ columns: { text: "Message", author: "User", receivedAt: "Date", channel: { const: "REVIEW" } }, timeZone: "Europe/Berlin" });
    expect(settingsToForm(settings)).toEqual(form);
    const fromColumn = MappingFormSchema.parse({ ...form, channel: "column:Platform" });
    expect(fromColumn.columns.channel).toBe("Platform");
    expect(settingsToForm(fromColumn).channel).toBe("column:Platform");
  });

  it("produces the same mapping as the command line's --map", () => {
    const cli = parseMappingArg("text=Message,author=User,receivedAt=Date,channel=const:REVIEW");
    expect(cli.ok && cli.value).toEqual(MappingFormSchema.parse(form).columns);
  });

  it.each([
    ["no text column", { text: "" }, "text"],
    ["an unknown channel", { channel: "const:PIGEON" }, "channel"],
    ["a channel that is neither", { channel: "Platform" }, "channel"],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone"],
    ["no time zone", { timeZone: "" }, "timeZone"],
  ])("refuses %s on its field", (_label, patch, field) => {
    const r = MappingFormSchema.safeParse({ ...form, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path[0] === field)).toBe(true);
  });

  it("reads stored settings back, and nothing from an empty or damaged mapping", () => {
    expect(readSettings({ columns: { text: "Message" }, timeZone: "UTC" })).toEqual({ columns: { text: "Message" }, timeZone: "UTC" });
    expect(readSettings({})).toBeNull();
    expect(readSettings({ columns: { text: "Message", evil: "x" }, timeZone: "UTC" })).toBeNull();
    expect(readSettings({ columns: { text: "Message" }, timeZone: "Nowhere/Land" })).toBeNull();
    expect(readSettings(null)).toBeNull();
  });

  it("pre-fills the form from guessMapping", () => {
    const guess = guessMapping(["Review Body", "Reviewer", "Date", "Platform"]);
    expect(guessToForm(guess)).toEqual({ text: "Review Body", author: "Reviewer", url: "", receivedAt: "Date", externalId: "", channel: "column:Platform", timeZone: "UTC" });
  });

  it("offers UTC first and real zones after it", () => {
    const zones = timeZoneChoices();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Berlin");
    expect(new Set(zones).size).toBe(zones.length);
  });
});
