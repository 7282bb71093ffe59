import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from '../support/accessibility';
import { t } from '../../src/i18n/server';
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

/**
 * Issue 9 §4, only what you may do is offered: as each demo role, every screen of the catalogue
 * below offers an action exactly when the server's policy lets that person take it (the
 * session's permissions, `GET /auth/session`, are the policy's own answer; a record's buttons
 * follow the presenter's `abilities`), and every screen of the person's menu opens without a
 * refusal. Screens outside the menu are visited too: a hidden screen offers nothing.
 */
const demoRoles = ['admin.spbe', 'operator.dinkes', 'auditor.inspektorat', 'sekda', 'perencana.bappeda', 'pemantau.spbe'];

interface OfferedAction {
  screen: string;
  role: 'link' | 'button';
  label: string;
  permission: string;
}
const id = (key: string) => t('id', key);
const screenActions: OfferedAction[] = [
  { screen: '/agencies', role: 'link', label: id('web.agencies.new'), permission: 'agency.create' },
  { screen: '/agencies', role: 'button', label: id('common.import'), permission: 'agency.import' },
  { screen: '/applications', role: 'link', label: id('web.applications.new'), permission: 'application.create' },
  { screen: '/applications', role: 'button', label: id('common.import'), permission: 'application.import' },
  { screen: '/datasets', role: 'link', label: id('datasets.action.create'), permission: 'dataset.create' },
  { screen: '/datasets', role: 'button', label: id('common.import'), permission: 'dataset.import' },
  { screen: '/subdomains', role: 'link', label: id('domains.action.createSubdomain'), permission: 'domain.manage' },
  { screen: '/requests', role: 'link', label: id('requests.ui.new'), permission: 'request.create' },
  { screen: '/evaluations', role: 'button', label: id('evaluations.ui.openCycle'), permission: 'evaluation.create' },
  { screen: '/people', role: 'link', label: id('web.people.new'), permission: 'user.create' },
  { screen: '/audit', role: 'button', label: id('web.audit.verify'), permission: 'audit.verify' },
];
// the menu's entries that a permission alone decides (the review queue has its own gate, below)
const menuEntries: { label: string; permission: string }[] = [
  { label: id('agencies.title'), permission: 'agency.read' },
  { label: id('requests.ui.holidays'), permission: 'holiday.manage' },
  { label: id('attestations.queue.title'), permission: 'attestation.verify' },
  { label: id('web.people.title'), permission: 'user.list' },
  { label: id('web.audit.title'), permission: 'audit.readAll' },
  { label: id('settings.nav'), permission: 'tenant.update' },
];

interface WithAbilities {
  id: string;
  status?: string;
  abilities: { update?: boolean; retire?: boolean };
}

describe(`only what each role may do is offered (${simpul().kind})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  for (const role of demoRoles) {
    it(`${role}: every action offered on the menu's screens and on a record of each kind is one the server accepts, and the reverse`, async () => {
      const { page } = browser;
      const session = await signInBrowser(browser, demoEmail(role));
      const { permissions } = await session.get<{ permissions: string[] }>('/auth/session');
      const problems: string[] = [];
      const open = async (path: string) => {
        await page.goto(`${simpul().baseUrl}${path}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
      };

      await open('/');
      const nav = page.getByRole('navigation');
      for (const entry of menuEntries) {
        const shown = (await nav.getByRole('link', { name: entry.label, exact: true }).count()) > 0;
        if (shown !== permissions.includes(entry.permission)) problems.push(`menu "${entry.label}": ${shown ? 'offered' : 'not offered'}, ${entry.permission} ${permissions.includes(entry.permission) ? 'granted' : 'refused'}`);
      }
      const menu = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      // every screen the menu offers opens for this person
      for (const path of menu) {
        await open(path);
        if (await page.getByTestId('not-allowed').count()) problems.push(`${path}: in the menu, but the screen refuses`);
      }
      // the steward's queue, when offered, lists what this person can review
      if (menu.includes('/datasets/review')) {
        const queue = await session.get<{ items: { id: string }[] }>('/datasets?queue=review&pageSize=10');
        // the list carries no abilities; each dataset's own answer does
        const details = await Promise.all(queue.items.map((d) => session.get<{ abilities: { review: boolean } }>(`/datasets/${d.id}`)));
        const cannot = details.filter((d) => !d.abilities.review);
        if (cannot.length) problems.push(`/datasets/review: offered with ${cannot.length} dataset(s) this person cannot review`);
      }

      for (const action of screenActions) {
        await open(action.screen);
        const shown = (await page.getByRole(action.role, { name: action.label, exact: true }).count()) > 0;
        const allowed = permissions.includes(action.permission);
        if (shown !== allowed) problems.push(`${action.screen} "${action.label}": ${shown ? 'offered' : 'not offered'}, ${action.permission} ${allowed ? 'granted' : 'refused'}`);
      }

      // a record of each kind the person can see: Ubah and Nonaktifkan follow the presenter's abilities
      for (const kind of ['agencies', 'applications', 'datasets']) {
        const list = await session.get<{ items: { id: string }[] }>(`/${kind}?pageSize=1`);
        if (!list.items[0]) continue;
        const record = await session.get<WithAbilities>(`/${kind}/${list.items[0].id}`);
        await open(`/${kind}/${record.id}`);
        const active = record.status === undefined || record.status === 'active' || kind === 'datasets';
        for (const [label, ability] of [[id('common.edit'), 'update'], [id('common.retire'), 'retire']] as const) {
          const control = page.getByRole('main').getByRole(ability === 'update' ? 'link' : 'button', { name: label, exact: true });
          const shown = (await control.count()) > 0;
          const allowed = Boolean(record.abilities[ability]) && active;
          if (shown !== allowed) problems.push(`/${kind}/${record.id} "${label}": ${shown ? 'offered' : 'not offered'}, abilities.${ability} ${allowed ? 'true' : 'false'}`);
        }
      }
      expect(problems).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    }, 300_000);
  }
});
