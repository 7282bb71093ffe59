import { hasTenantRole, type Actor } from '../actor';

export const notificationPolicy = {
  'notification.read': (_actor: Actor) => true,
  // SMTP credentials and the webhook secret: the ICT office super admin only
  'notificationSettings.manage': (actor: Actor) => hasTenantRole(actor, 'admin'),
};
