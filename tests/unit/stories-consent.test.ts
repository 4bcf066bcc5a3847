import { describe, expect, it } from "vitest";
import { canPublish, consentRefusal, nextConsentStatus, type ConsentEvent, type ConsentStatusValue } from "@/lib/stories/consent";

const STATUSES: ConsentStatusValue[] = ["NOT_REQUESTED", "REQUESTED", "GRANTED", "DENIED", "WITHDRAWN"];
const EVENTS: ConsentEvent[] = ["request", "grant", "deny", "withdraw"];

describe("consent lifecycle", () => {
  it("runs NOT_REQUESTED → REQUESTED → GRANTED or DENIED", () => {
    expect(nextConsentStatus("NOT_REQUESTED", "request")).toBe("REQUESTED");
    expect(nextConsentStatus("REQUESTED", "grant")).toBe("GRANTED");
    expect(nextConsentStatus("REQUESTED", "deny")).toBe("DENIED");
  });

  it("lets a request be sent again while it is open, without changing the state", () => {
    expect(nextConsentStatus("REQUESTED", "request")).toBe("REQUESTED");
  });

  it("allows withdrawal from every state but WITHDRAWN itself", () => {
    for (const s of STATUSES.filter((s) => s !== "WITHDRAWN")) expect(nextConsentStatus(s, "withdraw")).toBe("WITHDRAWN");
    expect(nextConsentStatus("WITHDRAWN", "withdraw")).toBeNull();
  });

  it("never grants or denies without a request, and never reverses an answer", () => {
    expect(nextConsentStatus("NOT_REQUESTED", "grant")).toBeNull();
    expect(nextConsentStatus("NOT_REQUESTED", "deny")).toBeNull();
    expect(nextConsentStatus("GRANTED", "deny")).toBeNull();
    expect(nextConsentStatus("DENIED", "grant")).toBeNull();
    expect(nextConsentStatus("GRANTED", "grant")).toBeNull();
  });

  it("does not ask again someone who declined or withdrew, and nothing leaves WITHDRAWN", () => {
    expect(nextConsentStatus("DENIED", "request")).toBeNull();
    expect(nextConsentStatus("WITHDRAWN", "request")).toBeNull();
    expect(nextConsentStatus("GRANTED", "request")).toBeNull();
    for (const e of EVENTS) expect(nextConsentStatus("WITHDRAWN", e)).toBeNull();
  });

  it("reaches GRANTED only through a grant of an open request", () => {
    for (const s of STATUSES) {
      for (const e of EVENTS) {
        if (nextConsentStatus(s, e) === "GRANTED") expect([s, e]).toEqual(["REQUESTED", "grant"]);
      }
    }
  });

  it("allows publication only with consent GRANTED", () => {
    expect(STATUSES.filter(canPublish)).toEqual(["GRANTED"]);
  });

  it("explains every refused transition in words", () => {
    for (const s of STATUSES) {
      for (const e of EVENTS) {
        if (nextConsentStatus(s, e) === null) expect(consentRefusal(s, e)).toMatch(/\w+.*\./);
      }
    }
    expect(consentRefusal("DENIED", "request")).toMatch(/not asked again/);
  });
});
