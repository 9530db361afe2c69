import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Chromium flags that work on these machines (root, no GPU, no network beyond the test server). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the browser tests: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chrome/Chromium binary.';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function playwrightChromium(): string | undefined {
  try {
    // Throws when Playwright has no browser registry entry for this platform: then there is none.
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium binary for Playwright: CHROMIUM_PATH, then the system's Chromium or Chrome, then a
 * browser Playwright downloaded itself. Throws one actionable sentence when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there; fix it or unset it.`);
  }
  const found = SYSTEM_BROWSERS.find((p) => existsSync(p)) ?? playwrightChromium();
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}
