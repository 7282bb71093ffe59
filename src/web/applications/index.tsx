import type { WebModule } from '../module-types';
import { ApplicationDetailPage } from './application-detail-page';
import { ApplicationCreatePage, ApplicationEditPage } from './application-form-pages';
import { ApplicationListPage } from './application-list-page';

export const applicationsModule: WebModule = {
  routes: [
    { path: 'applications', element: <ApplicationListPage /> },
    { path: 'applications/new', element: <ApplicationCreatePage /> },
    { path: 'applications/:id', element: <ApplicationDetailPage /> },
    { path: 'applications/:id/edit', element: <ApplicationEditPage /> },
  ],
  nav: [{ labelKey: 'applications.title', path: '/applications', permission: 'application.read' }],
};
