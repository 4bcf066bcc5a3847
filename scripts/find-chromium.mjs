// Finds a Chromium for the browser tests: CHROMIUM_PATH, Debian's /usr/bin/chromium, or
// Playwright's own download. Says exactly what to install when there is none.
import { existsSync } from "node:fs";

export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {}
  return null;
}

export const INSTALL_HINT = [
  "No Chromium found for the browser tests. Install one of:",
  "  Debian/Ubuntu:  sudo apt-get install -y chromium      (then it is found at /usr/bin/chromium)",
  "  anywhere else:  npx playwright install chromium",
  "  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.",
].join("\n");
