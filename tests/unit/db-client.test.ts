import { afterEach, describe, expect, it, vi } from "vitest";

// Next's production server evaluates lib/db once per bundle (pages, route handlers, server
// actions, instrumentation). Each evaluation must hand out the same client: two SQLite
// connections in one process froze it whenever one waited for the other's write lock.
describe("the database client", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is one per process in production, however many times its module is evaluated", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "file:./tmp/unit-db-client.db");
    vi.resetModules();
    const first = (await import("@/lib/db")).db;
    vi.resetModules();
    const second = (await import("@/lib/db")).db;
    expect(second).toBe(first);
  });
});
