import type { WebModule } from '../module-types';
import { SubdomainFormPage } from './subdomain-form-page';
import { SubdomainListPage } from './subdomain-list-page';

export const domainsModule: WebModule = {
  routes: [
    { path: 'subdomains', element: <SubdomainListPage /> },
    { path: 'subdomains/new', element: <SubdomainFormPage /> },
  ],
  nav: [{ labelKey: 'domains.nav', path: '/subdomains', permission: 'domain.read' }],
};
