import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { IdParam, jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { NotificationListQuery, NotificationPage, NotificationSettingsInput, NotificationSettingsView, NotificationView } from '../../../shared/notifications';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './service';
import { getNotificationSettings, updateNotificationSettings } from './settings-service';

export function notificationRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/notifications', tags: ['notifications'], summary: 'My notifications, newest first, with the unread count', request: { query: NotificationListQuery }, responses: { 200: jsonOk(NotificationPage), ...problemResponses } }),
      async (c) => c.json(await listNotifications(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/notifications/read-all', tags: ['notifications'], summary: 'Mark all my notifications read', responses: { 204: { description: 'Done' }, ...problemResponses } }),
      async (c) => {
        await markAllNotificationsRead(deps.db, c.get('ctx'));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/notifications/{id}/read', tags: ['notifications'], summary: 'Mark one of my notifications read', request: { params: IdParam }, responses: { 200: jsonOk(NotificationView), ...problemResponses } }),
      async (c) => c.json(await markNotificationRead(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/notification-settings', tags: ['notifications'], summary: 'SMTP and webhook settings of the tenant (secrets are never returned)', responses: { 200: jsonOk(NotificationSettingsView), ...problemResponses } }),
      async (c) => c.json(await getNotificationSettings(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'put', path: '/notification-settings', tags: ['notifications'], summary: 'Set the SMTP server and the webhook (URL and HMAC secret) of the tenant', request: jsonBody(NotificationSettingsInput), responses: { 200: jsonOk(NotificationSettingsView), ...problemResponses } }),
      async (c) => c.json(await updateNotificationSettings(deps.db, c.get('ctx'), c.req.valid('json')), 200),
    );
}
