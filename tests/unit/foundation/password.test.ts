import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { isCommonPassword, passwordField } from "@/lib/auth/password-policy";

describe("password hashing", () => {
  it("uses scrypt at N=2^17, r=8, p=1 with a random salt and verifies", async () => {
    const a = await hashPassword("a long enough passphrase");
    const b = await hashPassword("a long enough passphrase");
    expect(a.startsWith("scrypt$131072$8$1$")).toBe(true);
    expect(a).not.toBe(b);
    expect(await verifyPassword("a long enough passphrase", a)).toBe(true);
    expect(await verifyPassword("a long enough passphrasE", a)).toBe(false);
  });

  it("rejects malformed stored hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$whatever")).toBe(false);
  });
});

describe("password policy", () => {
  it("needs 12 characters and refuses common passwords", () => {
    expect(passwordField.safeParse("short").success).toBe(false);
    expect(passwordField.safeParse("password1234").success).toBe(false);
    expect(passwordField.safeParse("123456789012").success).toBe(false);
    expect(passwordField.safeParse("aaaaaaaaaaaaaaa").success).toBe(false);
    expect(passwordField.safeParse("kintsugi-demo").success).toBe(true);
    expect(passwordField.safeParse("gold seams on a broken bowl").success).toBe(true);
  });

  it("compares case-insensitively", () => {
    expect(isCommonPassword("PASSWORD1234")).toBe(true);
    expect(isCommonPassword("Tr0ub4dor&3-horse")).toBe(false);
  });
});
