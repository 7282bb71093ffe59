import { NotificationSettingsInput } from '../../shared/notifications';

/** Notification settings with nothing configured unless overridden. */
export function buildNotificationSettingsInput(overrides: Partial<NotificationSettingsInput> = {}): NotificationSettingsInput {
  return NotificationSettingsInput.parse({ smtpHost: null, smtpPort: null, smtpUser: null, mailFrom: null, appUrl: null, webhookUrl: null, ...overrides });
}
