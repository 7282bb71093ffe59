import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { IdParam, jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { NotificationSettingsView } from '../../../shared/notifications';
import { DeliveryListQuery, DeliveryPage, DeliveryView, NotificationSettingsPatch, TestNotificationInput } from '../../../shared/settings';
import { listDeliveries, resendDelivery, sendTestNotification } from './outbox-service';
import { patchNotificationSettings } from './settings-service';

/** The administrator's view of the outbox: settings by PATCH, a test send, the messages and resend. */
export function outboxRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'patch', path: '/notification-settings', tags: ['notifications'], summary: 'Change some SMTP and webhook settings; the fields left out are kept', request: jsonBody(NotificationSettingsPatch), responses: { 200: jsonOk(NotificationSettingsView), ...problemResponses } }),
      async (c) => c.json(await patchNotificationSettings(deps.db, c.get('ctx'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/notification-settings/test', tags: ['notifications'], summary: 'Send a test email or webhook call through the outbox and report what happened', request: jsonBody(TestNotificationInput), responses: { 200: jsonOk(DeliveryView), ...problemResponses } }),
      async (c) => c.json(await sendTestNotification(deps.db, c.get('ctx'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/notification-deliveries', tags: ['notifications'], summary: 'The outbox of email and webhook messages, newest first, with their status', request: { query: DeliveryListQuery }, responses: { 200: jsonOk(DeliveryPage), ...problemResponses } }),
      async (c) => c.json(await listDeliveries(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/notification-deliveries/{id}/resend', tags: ['notifications'], summary: 'Send an undelivered message again now', request: { params: IdParam }, responses: { 200: jsonOk(DeliveryView), ...problemResponses } }),
      async (c) => c.json(await resendDelivery(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    );
}
