import { it } from 'vitest';
import { createTestTenant } from '../../src/server/testing/factories';
import { signInAs, startBrowserApp } from './support';
it('debug', async () => {
  const app = await startBrowserApp();
  const tenant = await createTestTenant(app.database.db);
  await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
  await app.page.goto(`${app.baseUrl}/agencies/new`);
  await app.page.getByLabel(/^Kode/).waitFor();
  const snap = await app.page.locator('form').ariaSnapshot();
  process.stdout.write(snap + '\n');
  await app.page.screenshot({ path: 'test-results/agency-form.png' });
  await app.close();
});
