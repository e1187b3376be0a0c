/** Debian's Chromium; nothing ever downloads a browser (`playwright install` is never run). */
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORT = { width: 1280, height: 900 };

/** The server the global setup started (it sets E2E_BASE_URL for every worker). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error('E2E_BASE_URL is not set: run the suite with `playwright test` (its global setup)');
  return url;
}
