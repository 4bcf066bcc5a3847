import { defineConfig, devices } from "@playwright/test";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_SECRET = "e2e-secret-for-signing-test-sessions-0123456789";
export const E2E_DATABASE_URL = "file:./tmp/e2e/e2e.db";
// The app sends follower email here; tests/e2e/following.spec.ts listens on it (smtp-server). Derived
// from E2E_PORT so that two runs on different ports do not share a mailbox.
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 1025);

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "tmp/results/e2e.json" }]] : [["list"], ["json", { outputFile: "tmp/results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    // First-run setup needs the empty database, so it runs before everything else.
    { name: "first-run", testMatch: /first-run\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "app", testIgnore: /first-run\.spec\.ts/, dependencies: ["first-run"], use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // The server's own warnings and errors (pino, LOG_LEVEL warn) belong in the test output.
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(E2E_PORT),
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      // Mail goes out right after each change; the sweep is the net under that, shortened so a
      // retry or a missed send still arrives within the tests' 20 s wait.
      FOLLOWER_MAIL_SWEEP_SECONDS: "5",
      // The tests stand in for one reverse proxy: each sets X-Forwarded-For to an address of its
      // own, so parallel tests do not share per-address limits.
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
