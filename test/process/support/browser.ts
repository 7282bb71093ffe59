import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Download as BrowserDownload, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { signIn, simpul } from './api';
import type { Download } from './file-checks';

/** A browser for a journey: Debian's Chromium (test/support/chromium.ts) and the page errors it met. */
export interface Browser {
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'simpul-process-chromium-'));
  const context = await launchChromium(profile, viewport);
  // a shared 2-core machine: signed PDFs and PGlite queries take their time
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the API and hands the session cookie to the browser (journeys other than the login form's). */
export async function signInBrowser(browser: Browser, email: string) {
  const session = await signIn(email);
  const [name, value] = session.cookie.split('=');
  await browser.context.clearCookies();
  await browser.context.addCookies([{ name, value, url: simpul().baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  return session;
}

/** A file the browser saved, in the shape the file checks take. */
export async function savedFile(download: BrowserDownload, contentType: string): Promise<Download> {
  return { status: 200, contentType, fileName: download.suggestedFilename(), headers: new Headers(), content: readFileSync((await download.path())!) };
}
