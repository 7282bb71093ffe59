import { Navigate } from 'react-router';
import type { WebModule } from '../module-types';
import { SettingsPage } from './settings-page';

export const settingsModule: WebModule = {
  routes: [
    { path: 'settings', element: <SettingsPage /> },
    { path: 'settings/:tab', element: <SettingsPage /> },
    // the Indonesian address people type from the manual
    { path: 'pengaturan', element: <Navigate to="/settings" replace /> },
  ],
  nav: [{ labelKey: 'settings.nav', path: '/settings', permission: 'tenant.update' }],
};
