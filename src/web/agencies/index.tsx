import type { WebModule } from '../module-types';
import { AgencyDetailPage } from './agency-detail-page';
import { AgencyCreatePage, AgencyEditPage } from './agency-form-page';
import { AgencyListPage } from './agency-list-page';
import { AgencyTreePage } from './agency-tree-page';

export const agenciesModule: WebModule = {
  routes: [
    { path: 'agencies', element: <AgencyListPage /> },
    { path: 'agencies/tree', element: <AgencyTreePage /> },
    { path: 'agencies/new', element: <AgencyCreatePage /> },
    { path: 'agencies/:id', element: <AgencyDetailPage /> },
    { path: 'agencies/:id/edit', element: <AgencyEditPage /> },
  ],
  nav: [{ labelKey: 'agencies.title', path: '/agencies', permission: 'agency.read' }],
};
