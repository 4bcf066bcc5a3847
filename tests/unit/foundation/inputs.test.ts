import { describe, expect, it } from "vitest";
import { formDataToObject, echoValues } from "@/lib/actions/form-data";
import { slugify, SLUG_PATTERN } from "@/lib/shared/slug";
import { parseDateInput } from "@/lib/shared/zod-fields";
import { canChangeCampaignStatus } from "@/lib/campaigns/status";
import { CreateCampaignInput } from "@/lib/campaigns/schemas";

describe("form data", () => {
  it("drops prototype-polluting keys and Next's action fields, keeps repeats as arrays", () => {
    const fd = new FormData();
    fd.append("__proto__", "x");
    fd.append("constructor", "y");
    fd.append("$ACTION_ID_abc", "");
    fd.append("tag", "a");
    fd.append("tag", "b");
    fd.append("title", "t");
    const obj = formDataToObject(fd);
    expect(Object.keys(obj).sort()).toEqual(["tag", "title"]);
    expect(obj.tag).toEqual(["a", "b"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("never echoes passwords or tokens back", () => {
    expect(echoValues({ title: "t", password: "secret", token: "abc", n: 3 })).toEqual({ title: "t" });
  });
});

describe("slugs", () => {
  it("makes URL-safe slugs from any title", () => {
    expect(slugify("Double charges — März 2026!")).toBe("double-charges-marz-2026");
    expect(slugify("   ")).toBe("");
    expect(SLUG_PATTERN.test(slugify("<script>alert(1)</script>"))).toBe(true);
    expect(slugify("a".repeat(100)).length).toBeLessThanOrEqual(60);
  });
});

describe("dates from forms", () => {
  it("reads a bare datetime-local value as UTC, and keeps explicit offsets", () => {
    expect(parseDateInput("2026-03-03T09:00").toISOString()).toBe("2026-03-03T09:00:00.000Z");
    expect(parseDateInput("2026-03-03").toISOString()).toBe("2026-03-03T00:00:00.000Z");
    expect(parseDateInput("2026-03-03T09:00:00+02:00").toISOString()).toBe("2026-03-03T07:00:00.000Z");
  });
});

describe("campaign schema and status", () => {
  it("converts hours to a bounded SLA and requires a severity", () => {
    const ok = CreateCampaignInput.safeParse({
      title: "Outage",
      summary: "The site was down for six hours.",
      occurredAt: "2026-01-01T00:00",
      severity: "LOW",
      affectedAudience: "Everyone",
      slaHours: "0.5",
    });
    expect(ok.success && ok.data.slaHours).toBe(0.5);
    expect(CreateCampaignInput.safeParse({ title: "Outage" }).success).toBe(false);
  });

  it("allows only the documented status changes", () => {
    expect(canChangeCampaignStatus("OPEN", "RECOVERING")).toBe(true);
    expect(canChangeCampaignStatus("RECOVERING", "CLOSED")).toBe(true);
    expect(canChangeCampaignStatus("CLOSED", "RECOVERING")).toBe(true);
    expect(canChangeCampaignStatus("CLOSED", "OPEN")).toBe(false);
    expect(canChangeCampaignStatus("RECOVERING", "OPEN")).toBe(false);
  });
});

describe("version numbers", () => {
  // Found by the hostile-input properties on PostgreSQL: 2^31 passed the schema and failed in the
  // database (an integer column) as a 500.
  it("stop at the largest integer a database column holds", async () => {
    const { versionField, MAX_DB_INT } = await import("@/lib/shared/zod-fields");
    const { RestoreVersionInput } = await import("@/lib/apology/schemas");
    expect(versionField.safeParse(String(MAX_DB_INT)).success).toBe(true);
    expect(versionField.safeParse(String(MAX_DB_INT + 1)).success).toBe(false);
    expect(versionField.safeParse(new Date(2 ** 31)).success).toBe(false);
    expect(RestoreVersionInput.safeParse({ apologyId: "a", number: 2 ** 31, baseNumber: 1 }).success).toBe(false);
    expect(RestoreVersionInput.safeParse({ apologyId: "a", number: 1, baseNumber: 2 ** 40 }).success).toBe(false);
  });
});
