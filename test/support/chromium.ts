import { chromium } from 'playwright-core';

/**
 * Debian's Chromium (never a downloaded browser) through playwright-core, headless, in
 * Indonesian, with the flags this machine kind needs; a fresh profile directory per browser.
 */
export function launchChromium(profile: string, viewport = { width: 1280, height: 800 }) {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'id-ID',
    viewport,
    acceptDownloads: true,
  });
}
