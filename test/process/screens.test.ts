import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from '../support/accessibility';
import { demoEmail, printServerLogOnFailure, signIn, simpul } from './support/api';
import { openBrowser, signInBrowser, type Browser } from './support/browser';

/**
 * Every screen of the running process as its users meet it, at a desk (1280 px) and on a phone
 * (390 px), as the ICT office's administrator, an agency operator, the inspector and the public: one <h1>, axe-core finds nothing critical or serious (WCAG 2.1 AA), the page does not
 * widen past the screen, the header's menus stay on screen, and no raw i18n placeholder ("{name}")
 * is shown.
 */
printServerLogOnFailure();

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function firstId(path: string, email: string): Promise<string> {
  const session = await signIn(email);
  const answer = await session.get<{ items: { id: string }[] } | { id: string }[]>(path);
  const first = (Array.isArray(answer) ? answer : answer.items)[0];
  if (!first) throw new Error(`the demo has no record at ${path}`);
  return first.id;
}

async function pagesOfTheAdministrator(): Promise<string[]> {
  const admin = demoEmail('admin.spbe');
  const [application, agency, dataset, request, cycle] = await Promise.all([
    firstId('/applications?pageSize=1', admin),
    firstId('/agencies?pageSize=1', admin),
    firstId('/datasets?pageSize=1', admin),
    firstId('/requests?pageSize=1&box=all', admin),
    firstId('/evaluations', admin),
  ]);
  // after the others: a sixth sign-in at once would meet the lockout (LOGIN_MAX_FAILURES counts attempts in flight)
  const ictAsset = await firstId('/ict-assets?pageSize=1', admin);
  return [
    '/', '/agencies', '/agencies/tree', `/agencies/${agency}`, '/applications', `/applications/${application}`, '/applications/new',
    '/datasets', `/datasets/${dataset}`, '/datasets/review', '/requests', `/requests/${request}`, '/requests/new', '/subdomains',
    '/compliance', '/evaluations', `/evaluations/${cycle}`, `/evaluations/${cycle}/results`, '/internal-policies', '/periodic-reports',
    '/holidays', '/audit', '/people', '/account/password', '/account/tokens',
    '/ict-assets', '/ict-assets?tab=forecast', `/ict-assets/${ictAsset}`, '/ict-assets/new',
  ];
}

const operatorPages = ['/', '/applications', '/datasets', '/requests', '/compliance', '/evaluations', '/ict-assets'];
const inspectorPages = ['/', '/compliance', '/compliance/attestations', '/audit', '/evaluations'];
// the sign-in pages in both forms (the root and the tenant's /t/<slug> address); a reset page without its token
const publicPages = ['/login', '/forgot-password', `/t/${simpul().demo.slug}/login`, `/t/${simpul().demo.slug}/reset-password`, '/verify', `/data/${simpul().demo.slug}`];

async function checkScreen(browser: Browser, path: string, width: number) {
  const { page } = browser;
  await page.goto(`${simpul().baseUrl}${path}`);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const problems: string[] = [];
  const headings = await page.locator('h1').count();
  if (headings !== 1) problems.push(`${headings} <h1> elements`);
  for (const v of await findAccessibilityViolations(page)) problems.push(v);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`the page is ${overflow} px wider than the screen`);
  const placeholders = await page.evaluate(() => document.body.innerText.match(/\{[a-zA-Z]+\}/g) ?? []);
  if (placeholders.length) problems.push(`raw placeholders ${placeholders.join(' ')}`);
  const userMenu = page.getByTestId('user-menu');
  if (await userMenu.count()) {
    const box = await userMenu.boundingBox();
    if (!box || box.x < 0 || box.x + box.width > width) problems.push('the user menu is off screen');
  }
  return problems.map((p) => `${path}: ${p}`);
}

describe(`every screen is accessible and fits a phone (${simpul().kind})`, () => {
  let adminPages: string[];
  beforeAll(async () => {
    adminPages = await pagesOfTheAdministrator();
  });

  for (const viewport of viewports) {
    describe(viewport.name, () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await openBrowser({ width: viewport.width, height: viewport.height });
      });
      afterAll(async () => browser?.close());

      it('the administrator of the ICT office, on every screen of the menu and a record of each kind', async () => {
        await signInBrowser(browser, demoEmail('admin.spbe'));
        const problems: string[] = [];
        for (const path of adminPages) problems.push(...(await checkScreen(browser, path, viewport.width)));
        expect(problems).toEqual([]);
        expect(browser.pageErrors).toEqual([]);
      }, 600_000);

      it('an agency operator, on the screens of their agency', async () => {
        await signInBrowser(browser, demoEmail('operator.dinkes'));
        const problems: string[] = [];
        for (const path of operatorPages) problems.push(...(await checkScreen(browser, path, viewport.width)));
        expect(problems).toEqual([]);
      }, 300_000);

      it('the inspector, on the verification queue and the audit trail', async () => {
        await signInBrowser(browser, demoEmail('auditor.inspektorat'));
        const problems: string[] = [];
        for (const path of inspectorPages) problems.push(...(await checkScreen(browser, path, viewport.width)));
        expect(problems).toEqual([]);
      }, 300_000);

      it('the public: sign-in, document verification and the open-data portal', async () => {
        await browser.context.clearCookies();
        const problems: string[] = [];
        for (const path of publicPages) problems.push(...(await checkScreen(browser, path, viewport.width)));
        expect(problems).toEqual([]);
      }, 300_000);
    });
  }
});
