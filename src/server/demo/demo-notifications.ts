import { updateNotificationSettings } from '../modules/notifications/settings-service';
import { markAllNotificationsRead } from '../modules/notifications/service';
import { markOverdueRequests } from '../modules/requests/overdue';
import { createApiToken } from '../modules/people/service';
import { buildNotificationSettingsInput } from '../testing/notification-factories';
import { demoEmail } from './demo-city';
import type { DemoWorld } from './demo-world';

/**
 * Where the demo's e-mail goes: a mail catcher on this machine (localhost:1025, where tools such
 * as Mailpit listen), never a real mail server, since the demo's addresses are on the city's
 * domain. Without a catcher the messages stay in the outbox and are retried, as with a mail
 * server that is down. Set before any request moves, so every step queues its messages.
 */
export async function configureDemoNotifications(world: DemoWorld) {
  const input = buildNotificationSettingsInput({
    smtpHost: 'localhost',
    smtpPort: 1025,
    mailFrom: demoEmail('simpul'),
    appUrl: world.deps.config.PUBLIC_URL,
  });
  await updateNotificationSettings(world.db, world.admin, input);
  // the token a harvester of the provincial Satu Data portal would use (its secret was shown once, at creation)
  await createApiToken(world.db, world.admin, 'Harvester Portal Satu Data Provinsi (demo)');
}

/**
 * What the server's periodic job would do within minutes of the load: mark the requests past
 * their due date and tell who must act. Before that, some people have read what they were
 * sent, so their inboxes show read and unread messages.
 */
export async function finishDemoNotifications(world: DemoWorld) {
  for (const ctx of [world.admin, world.head('DISKOMINFO'), world.operator('DINKES')]) await markAllNotificationsRead(world.db, ctx);
  return markOverdueRequests(world.db, world.tenantId, world.clock.now);
}
