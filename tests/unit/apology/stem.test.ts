import { describe, expect, it } from "vitest";
import { contentStems, stem } from "@/lib/apology/analysis/stem";

describe("stem", () => {
  it("gives inflections of a word the same stem", () => {
    for (const group of [
      ["charge", "charged", "charges", "charging", "overcharged"],
      ["double", "twice", "duplicate"],
      ["delay", "delays", "delayed", "late"],
      ["cancel", "cancelled", "cancellation"],
      ["authorisation", "authorization", "authorisations"],
      ["order", "orders", "ordered"],
    ]) {
      expect(new Set(group.map(stem)).size, group.join(", ")).toBe(1);
    }
  });

  it("keeps different words apart", () => {
    expect(stem("charge")).not.toBe(stem("change"));
    expect(stem("bill")).not.toBe(stem("build"));
  });

  it("ignores stop words and the words every apology uses", () => {
    expect([...contentStems("We are sorry for the issue and any inconvenience to our customers")]).toEqual([]);
    expect([...contentStems("Double charges during the checkout outage")].sort()).toEqual(["charg", "checkout", "doubl", "outag"]);
  });
});
