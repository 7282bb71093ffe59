import type { WebModule } from '../module-types';
import { HolidaysPage } from './holidays-page';
import { InboxBadge } from './inbox-badge';
import { InboxPage } from './inbox-page';
import { NotificationBell } from './notification-bell';
import { RequestFormPage } from './request-form-page';
import { RequestPage } from './request-page';

export const requestsModule: WebModule = {
  routes: [
    { path: 'requests', element: <InboxPage /> },
    { path: 'requests/new', element: <RequestFormPage /> },
    { path: 'requests/:id', element: <RequestPage /> },
    { path: 'requests/:id/edit', element: <RequestFormPage /> },
    { path: 'holidays', element: <HolidaysPage /> },
  ],
  nav: [
    { labelKey: 'requests.ui.nav', path: '/requests', permission: 'request.read', badge: InboxBadge },
    { labelKey: 'requests.ui.holidays', path: '/holidays', permission: 'holiday.manage' },
  ],
  header: [NotificationBell],
};
