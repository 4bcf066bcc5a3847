import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, can, PERMISSIONS, ROLES, rolesWith } from "@/lib/auth/permissions";

describe("permission table", () => {
  it("gives an unknown, empty or missing role nothing", () => {
    for (const p of ALL_PERMISSIONS) {
      expect(can("SUPERUSER", p)).toBe(false);
      expect(can("admin", p)).toBe(false);
      expect(can("", p)).toBe(false);
      expect(can(undefined, p)).toBe(false);
      expect(can(null, p)).toBe(false);
    }
  });

  it("refuses a permission that is not in the table", () => {
    expect(can("ADMIN", "nuclear.launch" as never)).toBe(false);
    expect(can("ADMIN", "__proto__" as never)).toBe(false);
    expect(can("ADMIN", "toString" as never)).toBe(false);
  });

  it("lets admins do everything and gives every permission to at least one role", () => {
    for (const p of ALL_PERMISSIONS) {
      expect(can("ADMIN", p)).toBe(true);
      expect(rolesWith(p).length).toBeGreaterThan(0);
    }
  });

  it("matches the product's division of work", () => {
    expect(rolesWith("apology.review").sort()).toEqual(["ADMIN", "EXEC"]);
    expect(rolesWith("apology.publish").sort()).toEqual(["ADMIN", "COMMS"]);
    expect(rolesWith("evidence.write").sort()).toEqual(["ADMIN", "MANAGER"]);
    expect(rolesWith("member.invite")).toEqual(["ADMIN"]);
    expect(can("EXEC", "campaign.create")).toBe(false);
    expect(can("MANAGER", "feedback.reply")).toBe(false);
  });

  it("lists only known roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
  });
});
